package jp.zadankai.like;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import jp.zadankai.site.CurrentSite;
import jp.zadankai.site.Site;

/**
 * The スキ button's server side. Pages never change: the count comes from {@code GET /api/likes/{slug}} (JSON, for
 * the script) and {@code /api/likes/{slug}/badge.svg} (the image inside the button, which shows it without script);
 * a press is {@code POST /api/likes/{slug}}, answered with JSON for the script and with a 303 back to the article
 * for the plain form.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/api/likes")
public class LikeController {
    /** The one route that takes a POST; every other path stays GET and HEAD only. */
    public static final Pattern POST_ROUTE = Pattern.compile("/api/likes/[a-z0-9-]{1,200}");
    static final String COOKIE = "zadankai_reader";
    static final String COOKIE_PATH = "/api/likes";
    /** A press sends {@code do} and {@code at} with short values; anything longer is not a press. */
    static final int MAX_BODY = 64;
    private static final Pattern READER_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Duration COOKIE_AGE = Duration.ofDays(400);
    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(5)).cachePrivate();
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final LikeStore store;
    private final CurrentSite currentSite;
    private final RateLimiter rateLimiter;
    private final String baseUrl;
    private final String baseOrigin;
    private final SecureRandom random = new SecureRandom();

    LikeController(LikeStore store, CurrentSite currentSite, LikePolicy policy) {
        this.store = store;
        this.currentSite = currentSite;
        this.rateLimiter = new RateLimiter(policy.burst(), policy.perMinute());
        this.baseUrl = policy.baseUrl().replaceAll("/+$", "");
        this.baseOrigin = origin(this.baseUrl);
    }

    @GetMapping("/{slug}")
    @ResponseBody
    ResponseEntity<LikeState> count(@PathVariable String slug, HttpServletRequest request,
                                    HttpServletResponse response) throws IOException {
        if (!isPublished(slug)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        try {
            return ResponseEntity.ok().cacheControl(SHORT).body(store.state(slug, reader(request)));
        } catch (LikesUnavailableException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noStore())
                    .body(LikeState.UNAVAILABLE);
        }
    }

    @GetMapping("/{slug}/badge.svg")
    @ResponseBody
    ResponseEntity<String> badge(@PathVariable String slug, HttpServletRequest request,
                                 HttpServletResponse response) throws IOException {
        if (!isPublished(slug)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        LikeState state;
        try {
            state = store.state(slug, reader(request));
        } catch (LikesUnavailableException e) {
            state = LikeState.UNAVAILABLE;
        }
        return ResponseEntity.ok().cacheControl(REVALIDATE).contentType(MediaType.valueOf("image/svg+xml"))
                .body(LikeBadge.svg(state));
    }

    @PostMapping("/{slug}")
    @ResponseBody
    ResponseEntity<LikeState> press(@PathVariable String slug, HttpServletRequest request,
                                    HttpServletResponse response) throws IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY || (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return null;
        }
        if (!fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        if (!rateLimiter.allow(request.getRemoteAddr(), System.nanoTime())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            response.sendError(429);
            return null;
        }
        if (!isPublished(slug)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        String action = request.getParameter("do");
        String reader = reader(request);
        String newReader = reader == null && !"unlike".equals(action) ? newReader() : null;
        LikeState state;
        try {
            if (reader == null && newReader == null) {
                // Nothing to take back from a reader without an id: no cookie is set, nothing stored.
                state = store.state(slug, null);
            } else if ("unlike".equals(action)) {
                state = store.unlike(slug, reader);
            } else {
                String who = reader != null ? reader : newReader;
                state = "like".equals(action) ? store.like(slug, who) : store.toggle(slug, who);
            }
        } catch (LikesUnavailableException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return null;
        }
        if (newReader != null) {
            // Only once the スキ is stored: a reader whose press failed has given nothing and keeps no id.
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, newReader).path(COOKIE_PATH)
                    .maxAge(COOKIE_AGE).httpOnly(true).sameSite("Lax").secure(request.isSecure()).build().toString());
        }
        if (accepts(request, MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(state);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, back(slug, request)).build();
    }

    private boolean isPublished(String slug) {
        Site site = currentSite.get();
        return site != null && site.articles().stream()
                .anyMatch(article -> article.slug().equals(slug) && !article.meta().draft());
    }

    /**
     * A press counts only from this site's own pages. A browser says where a request comes from: Sec-Fetch-Site,
     * or else Origin, compared with this server's own origin or the site's base URL. A request with neither comes
     * from no browser, so no other site's page can have sent it.
     */
    private boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && origin.equals(baseOrigin)) {
            return true;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        return origin == null || origin.equals(ownOrigin(request));
    }

    /** Back to the article, at the button that was pressed; to the site's address when the page was served there. */
    private String back(String slug, HttpServletRequest request) {
        String at = "end".equals(request.getParameter("at")) ? "#like-end" : "#like-top";
        String path = "/articles/" + slug + at;
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean elsewhere = origin != null && origin.equals(baseOrigin) && !origin.equals(ownOrigin(request));
        return elsewhere ? baseUrl + path : path;
    }

    private static String ownOrigin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getHeader(HttpHeaders.HOST);
    }

    /** The origin of an absolute URL: scheme, host and port, as a browser's Origin header writes it. */
    private static String origin(String url) {
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return path < 0 ? url : url.substring(0, path);
    }

    private static String reader(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(COOKIE) && READER_ID.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** A reader's first press: 128 random bits, for a cookie that only the like routes receive. */
    private String newReader() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(type);
    }
}
