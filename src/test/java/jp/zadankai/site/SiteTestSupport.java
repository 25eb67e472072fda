package jp.zadankai.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jp.zadankai.TestContent;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentSource;
import jp.zadankai.markdown.MarkdownRenderer;

/** A site builder like the application's, over content held in memory. */
public final class SiteTestSupport {
    private SiteTestSupport() {
    }

    public static ContentSource source(ContentFile... files) {
        return new ContentSource() {
            @Override
            public List<ContentFile> files() {
                return List.of(files);
            }

            @Override
            public Optional<Path> directory() {
                return Optional.empty();
            }

            @Override
            public String displayPrefix() {
                return "content/";
            }

            @Override
            public String describe() {
                return "test content";
            }
        };
    }

    public static SiteBuilder builder(boolean preview) {
        return new SiteBuilder(TestContent.articleLoader(new MarkdownRenderer()), TestContent.templateEngine(),
                SiteAssets.fromClasspath(), TestContent.SITE, preview, "");
    }

}
