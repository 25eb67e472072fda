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
 * @param pages     each asset's page, by path
 * @param pathsByKey the paths templates link to, as {@code assets.site_css} and so on
 */
public record SiteAssets(Map<String, Page> pages, Map<String, String> pathsByKey) {
    private static final List<String> FINGERPRINTED = List.of("site.css", "share.js", "sharing.png");
    private static final String FAVICON = "favicon.ico";

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
        return new SiteAssets(Map.copyOf(pages), Map.copyOf(paths));
    }

    private static byte[] read(String name) {
        try {
            return new ClassPathResource("assets/" + name).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("asset missing from the build: " + name, e);
        }
    }
}
