package jp.zadankai.markdown.dialogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import jp.zadankai.markdown.dialogue.Agenda;
import jp.zadankai.markdown.dialogue.AgendaCaption;
import jp.zadankai.markdown.dialogue.AgendaGroup;
import jp.zadankai.markdown.dialogue.AgendaItem;
import jp.zadankai.markdown.dialogue.DialogueExtension;
import jp.zadankai.markdown.dialogue.NodeText;
import jp.zadankai.markdown.dialogue.Note;
import jp.zadankai.markdown.dialogue.Question;
import jp.zadankai.markdown.dialogue.Roster;
import jp.zadankai.markdown.dialogue.Speaker;
import jp.zadankai.markdown.dialogue.Turn;

/**
 * Rewrites the top level of a document into the dialogue's structure. It works on the parsed tree, not on the
 * Markdown text, so a label inside code, a quote or a list never opens a turn.
 */
public class DialoguePostProcessor extends DocumentPostProcessor {
    private static final char NOTE_MARK = '※'; // ※

    private final List<Speaker> speakers;
    private final List<Map.Entry<String, Speaker>> labelsLongestFirst;
    private final Map<String, Integer> sides = new LinkedHashMap<>();

    DialoguePostProcessor(Document document) {
        this.speakers = DialogueExtension.SPEAKERS.get(document);
        Map<String, Speaker> labels = new LinkedHashMap<>();
        for (Speaker speaker : speakers) {
            labels.putIfAbsent(speaker.shortName(), speaker);
            labels.putIfAbsent(speaker.name(), speaker);
            sides.putIfAbsent(groupOf(speaker), sides.size() + 1);
        }
        this.labelsLongestFirst = new ArrayList<>(labels.entrySet());
        labelsLongestFirst.sort(Comparator.comparingInt(e -> -e.getKey().length()));
    }

    @Override
    public Document processDocument(Document document) {
        Map<Paragraph, Speaker> turnStarts = new IdentityHashMap<>();
        for (Node node : topLevel(document)) {
            if (node instanceof Paragraph paragraph) {
                splitAtTurns(paragraph, turnStarts);
            }
        }
        for (Node node : topLevel(document)) {
            if (node instanceof Paragraph paragraph && !turnStarts.containsKey(paragraph)) {
                wrapQuestionOrNote(paragraph);
            }
        }
        Agenda agenda = buildAgenda(document, turnStarts);
        if (agenda != null) {
            resolveSections(document, agenda);
            document.set(AgendaNumberAttributes.SECTION_NUMBERS, agenda.numbersBySection());
        }
        groupTurns(document, turnStarts);
        insertRoster(document, agenda, chainTurns(document));
        return document;
    }

    /** Splits a paragraph before every line that opens a turn, and strips each label from its utterance. */
    private void splitAtTurns(Paragraph paragraph, Map<Paragraph, Speaker> turnStarts) {
        Paragraph current = paragraph;
        while (current != null) {
            Speaker opening = stripLabel(current);
            if (opening != null) {
                turnStarts.put(current, opening);
            }
            Paragraph rest = null;
            for (Node child = current.getFirstChild(); child != null; child = child.getNext()) {
                if (isLineBreak(child) && labelAt(child.getNext()) != null) {
                    rest = splitAfter(current, child);
                    break;
                }
            }
            current = rest;
        }
    }

    private Speaker stripLabel(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        Map.Entry<String, Speaker> label = labelAt(first);
        if (label == null) {
            return null;
        }
        BasedSequence utterance = first.getChars().subSequence(label.getKey().length() + 1);
        int start = 0;
        while (start < utterance.length() && isSpace(utterance.charAt(start))) {
            start++;
        }
        utterance = utterance.subSequence(start);
        if (utterance.isEmpty()) {
            Node after = first.getNext();
            first.unlink();
            if (isLineBreak(after)) {
                after.unlink();
            }
        } else {
            first.setChars(utterance);
        }
        return label.getValue();
    }

    private Map.Entry<String, Speaker> labelAt(Node node) {
        if (!(node instanceof Text)) {
            return null;
        }
        String text = node.getChars().toString();
        for (Map.Entry<String, Speaker> label : labelsLongestFirst) {
            String name = label.getKey();
            if (text.length() > name.length() && text.startsWith(name)
                    && (text.charAt(name.length()) == ':' || text.charAt(name.length()) == '：')) {
                return label;
            }
        }
        return null;
    }

    private static Paragraph splitAfter(Paragraph paragraph, Node lineBreak) {
        Paragraph rest = new Paragraph();
        for (Node node = lineBreak.getNext(); node != null; ) {
            Node next = node.getNext();
            rest.appendChild(node);
            node = next;
        }
        lineBreak.unlink();
        paragraph.insertAfter(rest);
        rest.setCharsFromContent();
        paragraph.setCharsFromContent();
        return rest;
    }

    private static void wrapQuestionOrNote(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        if (!(first instanceof Text) || first.getChars().isEmpty()) {
            return;
        }
        char mark = first.getChars().charAt(0);
        Node wrapper = Question.opensWith(mark) ? new Question() : mark == NOTE_MARK ? new Note() : null;
        if (wrapper != null) {
            paragraph.insertBefore(wrapper);
            wrapper.appendChild(paragraph);
            wrapper.setCharsFromContent();
        }
    }

    /**
     * Finds the agenda among the blocks that lead into the dialogue (before the first turn or heading): a paragraph
     * whose lines, after an optional caption line, all begin with a circled number, and the paragraphs of circled
     * lines right after it. Later in the text such lines are a speaker's own enumeration and stay as written.
     */
    private Agenda buildAgenda(Document document, Map<Paragraph, Speaker> turnStarts) {
        Agenda agenda = null;
        for (Node node : topLevel(document)) {
            if (node instanceof Heading || turnStarts.containsKey(node)) {
                break;
            }
            if (!(node instanceof Paragraph paragraph)) {
                if (agenda != null) {
                    break;
                }
                continue;
            }
            List<List<Node>> lines = lines(paragraph);
            boolean allItems = lines.stream().allMatch(DialoguePostProcessor::isAgendaLine);
            boolean captioned = lines.size() > 1 && !isAgendaLine(lines.get(0))
                    && lines.subList(1, lines.size()).stream().allMatch(DialoguePostProcessor::isAgendaLine);
            if (agenda == null && (allItems || captioned)) {
                agenda = new Agenda();
                paragraph.insertBefore(agenda);
                if (captioned) {
                    agenda.appendChild(moveInto(new AgendaCaption(), lines.remove(0)));
                }
            } else if (agenda == null || !allItems) {
                if (agenda != null) {
                    break;
                }
                continue;
            }
            AgendaGroup group = new AgendaGroup();
            for (List<Node> line : lines) {
                group.appendChild(moveInto(new AgendaItem(), line));
            }
            agenda.appendChild(group);
            paragraph.unlink();
        }
        return agenda;
    }

    /** Links each item to the first h2 or h3 whose text is the item's topic, if this document has one. */
    private static void resolveSections(Document document, Agenda agenda) {
        Map<String, Heading> sections = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() <= 3) {
                sections.putIfAbsent(AgendaItem.normalize(NodeText.of(heading)), heading);
            }
        }
        for (Node node : agenda.getDescendants()) {
            if (node instanceof AgendaItem item && !item.topic().isEmpty()) {
                item.setSection(sections.get(item.topic()));
            }
        }
    }

    private static boolean isAgendaLine(List<Node> line) {
        if (line.isEmpty() || !(line.get(0) instanceof Text text) || text.getChars().isEmpty()) {
            return false;
        }
        char first = text.getChars().charAt(0);
        return first >= '①' && first <= '⑳'; // ① … ⑳
    }

    private static List<List<Node>> lines(Paragraph paragraph) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (isLineBreak(child)) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(child);
            }
        }
        lines.add(line);
        return lines;
    }

    private static Node moveInto(Node container, List<Node> nodes) {
        for (Node node : nodes) {
            container.appendChild(node);
        }
        container.setCharsFromContent();
        return container;
    }

    /** Gathers each turn-opening paragraph and the blocks that continue it into one {@link Turn}. */
    private void groupTurns(Document document, Map<Paragraph, Speaker> turnStarts) {
        Turn current = null;
        int number = 0;
        for (Node node : topLevel(document)) {
            Speaker speaker = turnStarts.get(node);
            if (speaker != null) {
                current = new Turn(speaker, sides.get(groupOf(speaker)), ++number, speakers.indexOf(speaker) + 1);
                node.insertBefore(current);
                current.appendChild(node);
            } else if (endsTurn(node)) {
                current = null;
            } else if (current != null) {
                current.appendChild(node);
            }
        }
        for (Node node : topLevel(document)) {
            if (node instanceof Turn) {
                node.setCharsFromContent();
            }
        }
    }

    /** Links each turn to the same speaker's next one; returns each speaker's first turn. */
    private static Map<Speaker, Turn> chainTurns(Document document) {
        Map<Speaker, Turn> first = new LinkedHashMap<>();
        Map<Speaker, Turn> last = new HashMap<>();
        for (Node node : topLevel(document)) {
            if (node instanceof Turn turn) {
                first.putIfAbsent(turn.getSpeaker(), turn);
                Turn previous = last.put(turn.getSpeaker(), turn);
                if (previous != null) {
                    previous.setNextBySpeaker(turn);
                }
            }
        }
        return first;
    }

    private static boolean endsTurn(Node node) {
        return node instanceof Heading || node instanceof ThematicBreak || node instanceof Question
                || node instanceof Agenda;
    }

    private void insertRoster(Document document, Agenda agenda, Map<Speaker, Turn> firstTurns) {
        if (speakers.isEmpty()) {
            return;
        }
        Node before = agenda;
        for (Node node = document.getFirstChild(); before == null && node != null; node = node.getNext()) {
            if (node instanceof Turn || node instanceof Question || node instanceof Heading) {
                before = node;
            }
        }
        if (before == null) {
            before = document.getFirstChild();
        }
        if (before == null) {
            return;
        }
        Roster roster = new Roster(speakers, firstTurns);
        // An empty span of the document where the roster stands: flexmark's text collection needs every node's
        // characters to come from the document, in order.
        roster.setChars(document.getChars().subSequence(before.getStartOffset(), before.getStartOffset()));
        before.insertBefore(roster);
    }

    private static List<Node> topLevel(Document document) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            nodes.add(node);
        }
        return nodes;
    }

    private static boolean isLineBreak(Node node) {
        return node instanceof SoftLineBreak || node instanceof HardLineBreak;
    }

    private static boolean isSpace(char c) {
        return c == '\t' || Character.isSpaceChar(c);
    }

    private static String groupOf(Speaker speaker) {
        return speaker.group() == null ? "" : speaker.group();
    }

    public static class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DialoguePostProcessor(document);
        }
    }
}
