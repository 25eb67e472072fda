package jp.zadankai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.ContentVersionStrategy;

/**
 * The files every build serves unchanged, whatever the content: the stylesheet, the script and the sharing image
 * under fingerprinted names ({@code /assets/site-<md5>.css}, Spring's content version strategy), and the favicon
 * at the path browsers ask for. Read once per process; the images are files made once, not drawn at start.
 *
 * @param pages      each asset's page, by path
 * @param pathsByKey the paths templates link to, as {@code assets.site_css} and so on
 * @param preview    the preview's own script, under its fingerprinted path: served and linked only in preview
 */
public record SiteAssets(Map<String, Page> pages, Map<String, String> pathsByKey, Map<String, Page> preview) {
    private static final List<String> FINGERPRINTED = List.of("site.css", "share.js", "like.js", "sharing.png");
    private static final String FAVICON = "favicon.ico";
    private static final String PREVIEW_SCRIPT = "preview.js";

    public static SiteAssets fromClasspath() {
        ContentVersionStrategy fingerprints = new ContentVersionStrategy();
        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (String name : FINGERPRINTED) {
            byte[] bytes = read(name);
            String path = "/assets/" + fingerprints.addVersion(name, DigestUtils.md5DigestAsHex(bytes));
            pages.put(path, Page.of(MediaTypes.of(name), bytes, Page.IMMUTABLE_CACHE));
            paths.put(name.replace('.', '_'), path);
        }
        pages.put("/" + FAVICON, Page.of(MediaTypes.of(FAVICON), read(FAVICON), Page.PAGE_CACHE));
        byte[] previewScript = read(PREVIEW_SCRIPT);
        String previewPath = "/assets/" + fingerprints.addVersion(PREVIEW_SCRIPT,
                DigestUtils.md5DigestAsHex(previewScript));
        return new SiteAssets(Map.copyOf(pages), Map.copyOf(paths),
                Map.of(previewPath, Page.of(MediaTypes.of(PREVIEW_SCRIPT), previewScript, Page.IMMUTABLE_CACHE)));
    }

    /** The path of the preview's script. */
    String previewScriptPath() {
        return preview.keySet().iterator().next();
    }

    private static byte[] read(String name) {
        try {
            return new ClassPathResource("assets/" + name).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("asset missing from the build: " + name, e);
        }
    }
}
