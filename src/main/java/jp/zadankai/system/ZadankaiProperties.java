package jp.zadankai.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import jp.zadankai.site.SiteSettings;

/**
 * The application's settings (prefix {@code zadankai}); the README lists each one. Only the configuration in this
 * package reads them: every other class is given the values it needs.
 *
 * @param contentDir    a content folder on disk; unset, the content bundled in the jar is served
 * @param preview       editors' preview: drafts shown with a banner, content errors shown on the page
 * @param maxFileSize   a Markdown file larger than this is refused
 * @param maxMediaSize  any other file larger than this is refused, before it is read
 * @param maxContentSize all files of the content together; the site is held in memory (twice while reloading)
 * @param renderTimeout a Markdown file taking longer than this to render is refused
 * @param watchInterval how often a content folder on disk is checked for changes
 * @param warmUp        how long the server may send itself requests before it reports ready (0: no warm-up)
 */
@ConfigurationProperties("zadankai")
public record ZadankaiProperties(Path contentDir,
                                 @DefaultValue("false") boolean preview,
                                 @DefaultValue("1MB") DataSize maxFileSize,
                                 @DefaultValue("5MB") DataSize maxMediaSize,
                                 @DefaultValue("16MB") DataSize maxContentSize,
                                 @DefaultValue("3s") Duration renderTimeout,
                                 @DefaultValue("500ms") Duration watchInterval,
                                 @DefaultValue("0s") Duration warmUp,
                                 @DefaultValue SiteSettings site) {
}
