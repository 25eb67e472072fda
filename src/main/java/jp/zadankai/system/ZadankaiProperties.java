package jp.zadankai.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import jp.zadankai.content.EditorFacingException;
import jp.zadankai.content.EditorMessage;
import jp.zadankai.like.LikeSettings;
import jp.zadankai.site.SiteSettings;

/**
 * The application's settings (prefix {@code zadankai}); the README lists each one. Only the configuration in this
 * package reads them: every other class is given the values it needs.
 *
 * @param contentDir    a content folder on disk, relative to the working directory; unset, the content bundled in
 *                      the jar is served. Text, not a {@code Path}: Spring reads a relative path as a classpath
 *                      resource when one of that name exists and the web application's context is not ready yet,
 *                      and {@code content} is one (the bundled copy) when the server runs from its classes
 * @param preview       editors' preview: drafts shown with a banner, content errors shown on the page
 * @param maxFileSize   a Markdown file larger than this is refused
 * @param maxMediaSize  any other file larger than this is refused, before it is read
 * @param maxContentSize all files of the content together; the site is held in memory (twice while reloading)
 * @param renderTimeout a Markdown file taking longer than this to render is refused
 * @param watchInterval how often a content folder on disk is checked for changes
 * @param warmUp        how long the server may send itself requests before it reports ready (0: no warm-up)
 * @param dataDir       where the embedded database keeps its file (likes), unless a PostgreSQL server is named
 * @param likes         the スキ button's limits, and the server that counts for an export
 */
@ConfigurationProperties("zadankai")
public record ZadankaiProperties(String contentDir,
                                 @DefaultValue("false") boolean preview,
                                 @DefaultValue("1MB") DataSize maxFileSize,
                                 @DefaultValue("5MB") DataSize maxMediaSize,
                                 @DefaultValue("16MB") DataSize maxContentSize,
                                 @DefaultValue("3s") Duration renderTimeout,
                                 @DefaultValue("500ms") Duration watchInterval,
                                 @DefaultValue("0s") Duration warmUp,
                                 @DefaultValue SiteSettings site,
                                 @DefaultValue("data") Path dataDir,
                                 @DefaultValue LikeSettings likes) {

    /** A base URL that would give readers and feed readers broken links stops the start and fails a check. */
    public ZadankaiProperties {
        if (!isAbsoluteHttpUrl(site.baseUrl())) {
            throw new EditorFacingException(EditorMessage.BASE_URL.text(site.baseUrl()));
        }
    }

    /** http or https, a host in ASCII (a Japanese domain in its xn-- form), no query or fragment to append to. */
    static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isEmpty()
                    && StandardCharsets.US_ASCII.newEncoder().canEncode(uri.getHost())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
