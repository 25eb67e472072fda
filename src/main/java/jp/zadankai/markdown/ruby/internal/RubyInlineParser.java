package jp.zadankai.markdown.ruby.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import jp.zadankai.markdown.ruby.Ruby;

/**
 * Reads {@code {base|reading}} and {@code {base|r1|r2…}} at a {@code {}. Base and readings are plain text on one
 * line, without braces, bars or backslashes; anything else is left to the other parsers as written. Per-character
 * readings need one reading per character of the base; otherwise they are read together over the whole word.
 */
public class RubyInlineParser implements InlineParserExtension {

    RubyInlineParser(LightInlineParser inlineParser) {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int start = inlineParser.getIndex();
        int end = start + 1;
        while (end < input.length() && "{}\\\n\r".indexOf(input.charAt(end)) < 0) {
            end++;
        }
        if (end >= input.length() || input.charAt(end) != '}') {
            return false;
        }
        String[] parts = input.subSequence(start + 1, end).toString().split("\\|", -1);
        if (parts.length < 2 || parts[0].isBlank() || List.of(parts).subList(1, parts.length).stream()
                .anyMatch(String::isBlank)) {
            return false;
        }
        BasedSequence whole = input.subSequence(start, end + 1);
        Ruby ruby = new Ruby(whole, pairs(parts));
        ruby.appendChild(new Text(input.subSequence(start + 1, start + 1 + parts[0].length())));
        inlineParser.appendNode(ruby);
        inlineParser.setIndex(end + 1);
        return true;
    }

    private static List<Ruby.Pair> pairs(String[] parts) {
        String base = parts[0];
        int[] characters = base.codePoints().toArray();
        if (parts.length == 2 || characters.length != parts.length - 1) {
            return List.of(new Ruby.Pair(base, String.join("", List.of(parts).subList(1, parts.length))));
        }
        List<Ruby.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < characters.length; i++) {
            pairs.add(new Ruby.Pair(Character.toString(characters[i]), parts[i + 1]));
        }
        return pairs;
    }

    public static class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new RubyInlineParser(inlineParser);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
