package jp.zadankai.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's settings (prefix {@code zadankai}); the README lists each one.
 *
 * @param contentDir    a content folder on disk; unset, the content bundled in the jar is served
 * @param preview       editors' preview: drafts shown with a banner, content errors shown on the page
 * @param maxFileSize   a Markdown file larger than this is refused
 * @param renderTimeout a Markdown file taking longer than this to render is refused
 * @param watchInterval how often a content folder on disk is checked for changes
 * @param warmUpRequests requests the server sends itself before it reports ready (0: none)
 */
@ConfigurationProperties("zadankai")
public record ZadankaiProperties(Path contentDir,
                                 @DefaultValue("false") boolean preview,
                                 @DefaultValue("1MB") DataSize maxFileSize,
                                 @DefaultValue("3s") Duration renderTimeout,
                                 @DefaultValue("500ms") Duration watchInterval,
                                 @DefaultValue("0") int warmUpRequests,
                                 @DefaultValue SiteSettings site) {

    /**
     * @param name       shown in the header and the title of every page
     * @param description the index page's description for search engines and sharing
     * @param baseUrl    absolute URLs (canonical, feeds, sharing) are built from this, never from a request's Host
     * @param supportUrl where the support box links; unset, the box is hidden
     */
    public record SiteSettings(@DefaultValue("座談会 zadankai") String name,
                               @DefaultValue("座談会の記事を、"
                                       + "話し手ごとに読みやすく届けます。")
                               String description,
                               @DefaultValue("http://localhost:8080") URI baseUrl,
                               String supportUrl) {
    }
}
