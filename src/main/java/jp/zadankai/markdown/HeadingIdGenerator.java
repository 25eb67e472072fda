package jp.zadankai.markdown;

import java.util.HashSet;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Heading ids readable in Japanese: letters and digits of any script are kept (ASCII lowercased), spaces
 * (U+3000 too), ・ and / become dashes, other punctuation is dropped. An id written as {@code {#id}} wins; an empty
 * result falls back to {@code section}; duplicates, and ids the page's layout uses ({@link LayoutIds}), get
 * {@code -2}, {@code -3}, ...
 */
final class HeadingIdGenerator implements HtmlIdGenerator {
    private static final String FALLBACK = "section";

    private final Set<String> used = new HashSet<>();

    @Override
    public void generateIds(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && isExplicit(heading)) {
                used.add(heading.getAnchorRefId());
            }
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && !isExplicit(heading)) {
                heading.setAnchorRefId(unique(heading.isExplicitAnchorRefId() && !heading.getAnchorRefId().isEmpty()
                        ? heading.getAnchorRefId() : slug(heading.getAnchorRefText())));
            }
        }
    }

    /** An id written by hand that the layout does not use: kept as written. */
    private static boolean isExplicit(Heading heading) {
        return heading.isExplicitAnchorRefId() && !heading.getAnchorRefId().isEmpty()
                && !LayoutIds.isReserved(heading.getAnchorRefId());
    }

    @Override
    public String getId(Node node) {
        return node instanceof Heading heading ? heading.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return slug(text);
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; LayoutIds.isReserved(candidate) || !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    static String slug(CharSequence text) {
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c < 128 ? Character.toLowerCase(c) : c);
            } else if ((Character.isWhitespace(c) || c == '-' || c == '_' || c == '・'
                    || c == '/') && slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        });
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? FALLBACK : slug.toString();
    }

    static final class Factory implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new HeadingIdGenerator();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HeadingIdGenerator();
        }
    }
}
