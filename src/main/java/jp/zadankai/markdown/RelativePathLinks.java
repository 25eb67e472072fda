package jp.zadankai.markdown;

import java.util.regex.Pattern;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;

/**
 * A link or image URL with a colon that follows no scheme ({@code [link](foo\)\:)}) is a relative path, for
 * CommonMark and browsers alike; the sanitiser would take {@code foo)} for an unknown scheme and drop the link.
 * Written as {@code ./foo):} it is the same address and passes. Real schemes stay as written, for the sanitiser's
 * protocol check.
 */
final class RelativePathLinks extends IndependentLinkResolverFactory {
    /** A scheme as RFC 3986 writes it, then its colon. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern COLON_BEFORE_PATH = Pattern.compile("[^/?#]*:.*", Pattern.DOTALL);

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
        return (node, basicContext, link) -> {
            String url = link.getUrl();
            return COLON_BEFORE_PATH.matcher(url).matches() && !SCHEME.matcher(url).matches()
                    ? link.withUrl("./" + url) : link;
        };
    }
}
