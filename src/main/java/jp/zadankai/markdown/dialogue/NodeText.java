package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text a reader sees of a node, escapes resolved. flexmark's own {@code TextCollectingVisitor} builds a
 * segmented sequence over the source that trips its consistency checks once the dialogue extension has moved
 * text and labels around; this walk only reads each leaf's characters. Attributes written as {@code {#id}} are
 * not text.
 */
public final class NodeText {
    private NodeText() {
    }

    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return text.toString().strip();
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof AttributesNode) {
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append('\n');
            return;
        }
        if (!node.hasChildren()) {
            if (!(node instanceof Block)) {
                text.append(node.getChars().unescape());
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, text);
        }
        if (node instanceof Block) {
            text.append('\n');
        }
    }
}
