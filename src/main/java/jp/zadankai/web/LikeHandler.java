package jp.zadankai.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import jp.zadankai.article.Article;
import jp.zadankai.like.LikeBadge;
import jp.zadankai.like.LikePolicy;
import jp.zadankai.like.LikeState;
import jp.zadankai.like.LikeStore;
import jp.zadankai.like.LikesUnavailableException;
import jp.zadankai.like.RateLimiter;
import jp.zadankai.site.Site;

/**
 * The スキ button's server side, in Jetty's own request layer as the pages are: every reader's view asks for a
 * count, and through the servlet filters and Spring MVC a count cost eight times a page (13,400 a second on one
 * core against 110,000). Pages never change: the count comes from {@code GET /api/likes/{slug}} (JSON, for the
 * script) and {@code /api/likes/{slug}/badge.svg} (the image inside the button, which shows it without script); a
 * press is {@code POST /api/likes/{slug}}, answered with JSON for the script and with a 303 back to the article for
 * the plain form. Other methods and paths go on to the servlet side (its 405s and 404s).
 * <p>
 * The store may wait for the database, so this runs on a pool thread: the page handler hands {@code /api/} on.
 */
final class LikeHandler extends Handler.Wrapper {
    private static final String API = "/api/likes/";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,200}");
    private static final String BADGE = "/badge.svg";
    private static final String COOKIE = "zadankai_reader";
    private static final String COOKIE_PATH = "/api/likes";
    /** A press sends {@code do} and {@code at} with short values; anything longer is not a press. */
    private static final int MAX_BODY = 64;
    private static final int MAX_FIELDS = 4;
    private static final Pattern READER_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final long COOKIE_AGE = Duration.ofDays(400).toSeconds();
    private static final String SHORT = "max-age=5, private";
    private static final String REVALIDATE = "no-cache, private";
    private static final String NO_STORE = "no-store";
    private static final String JSON = "application/json";

    private final LikeStore store;
    private final Supplier<Site> site;
    private final RateLimiter rateLimiter;
    private final String baseUrl;
    private final String baseOrigin;
    private final SecureRandom random = new SecureRandom();
    private volatile PublishedOf published = new PublishedOf(null, Set.of());

    /** The slugs that can be liked, kept with the snapshot they come from: a count must not scan every article. */
    private record PublishedOf(Site site, Set<String> slugs) {
    }

    /**
     * @param site the snapshot being served (its published articles are the ones that can be liked), or null
     *             before the first one is built
     * @param next what answers every other request (the servlet context)
     */
    LikeHandler(LikeStore store, Supplier<Site> site, LikePolicy policy, Handler next) {
        super(next);
        this.store = store;
        this.site = site;
        this.rateLimiter = new RateLimiter(policy.burst(), policy.perMinute());
        this.baseUrl = policy.baseUrl().replaceAll("/+$", "");
        this.baseOrigin = origin(this.baseUrl);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getDecodedPath();
        String method = request.getMethod();
        if (path == null || !path.startsWith(API)) {
            return super.handle(request, response, callback);
        }
        String rest = path.substring(API.length());
        boolean badge = rest.endsWith(BADGE);
        String slug = badge ? rest.substring(0, rest.length() - BADGE.length()) : rest;
        if (!SLUG.matcher(slug).matches()) {
            return super.handle(request, response, callback);
        }
        boolean head = "HEAD".equals(method);
        if (head || "GET".equals(method)) {
            if (badge) {
                badge(slug, request, response, callback, head);
            } else {
                count(slug, request, response, callback, head);
            }
            return true;
        }
        if ("POST".equals(method) && !badge) {
            press(slug, request, response, callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private void count(String slug, Request request, Response response, Callback callback, boolean head) {
        if (!isPublished(slug)) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return;
        }
        try {
            write(request, response, callback, head, HttpStatus.OK_200, SHORT, JSON,
                    json(store.state(slug, reader(request))));
        } catch (LikesUnavailableException e) {
            write(request, response, callback, head, HttpStatus.SERVICE_UNAVAILABLE_503, NO_STORE, JSON,
                    json(LikeState.UNAVAILABLE));
        }
    }

    private void badge(String slug, Request request, Response response, Callback callback, boolean head) {
        if (!isPublished(slug)) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return;
        }
        LikeState state;
        try {
            state = store.state(slug, reader(request));
        } catch (LikesUnavailableException e) {
            state = LikeState.UNAVAILABLE;
        }
        write(request, response, callback, head, HttpStatus.OK_200, REVALIDATE, "image/svg+xml;charset=UTF-8",
                LikeBadge.svg(state));
    }

    private void press(String slug, Request request, Response response, Callback callback) {
        long length = request.getLength();
        if (length > MAX_BODY || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413);
            return;
        }
        if (!fromThisSite(request)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
            return;
        }
        if (!rateLimiter.allow(Request.getRemoteAddr(request), System.nanoTime())) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "60");
            Response.writeError(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429);
            return;
        }
        if (!isPublished(slug)) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return;
        }
        Fields form;
        try {
            form = FormFields.getFields(request, MAX_FIELDS, MAX_BODY);
        } catch (RuntimeException e) {
            // Bad percent-encoding or UTF-8, or too many fields: no form of ours sends that.
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
            return;
        }
        String action = form.getValue("do");
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
            Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503);
            return;
        }
        if (newReader != null) {
            // Only once the スキ is stored: a reader whose press failed has given nothing and keeps no id.
            Response.addCookie(response, HttpCookie.build(COOKIE, newReader).path(COOKIE_PATH).maxAge(COOKIE_AGE)
                    .httpOnly(true).sameSite(HttpCookie.SameSite.LAX).secure(request.isSecure()).build());
        }
        if (accepts(request, JSON)) {
            write(request, response, callback, false, HttpStatus.OK_200, NO_STORE, JSON, json(state));
            return;
        }
        response.getHeaders().put(HttpHeader.LOCATION, back(slug, request, form.getValue("at")));
        write(request, response, callback, false, HttpStatus.SEE_OTHER_303, NO_STORE, null, null);
    }

    private static void write(Request request, Response response, Callback callback, boolean head, int status,
                              String cacheControl, String contentType, String body) {
        HttpFields.Mutable out = response.getHeaders();
        SecurityHeadersFilter.headers(request.isSecure()).forEach(out::put);
        out.put(HttpHeader.CACHE_CONTROL, cacheControl);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            out.put(HttpHeader.CONTENT_TYPE, contentType);
        }
        out.put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.setStatus(status);
        response.write(true, head || bytes.length == 0 ? null : ByteBuffer.wrap(bytes), callback);
    }

    /** The three values the script reads; numbers and booleans, so nothing in them needs escaping. */
    private static String json(LikeState state) {
        return "{\"count\":" + state.count() + ",\"liked\":" + state.liked() + ",\"available\":"
                + state.available() + "}";
    }

    private boolean isPublished(String slug) {
        Site current = site.get();
        if (current == null) {
            return false;
        }
        PublishedOf known = published;
        if (known.site() != current) {
            known = new PublishedOf(current, current.articles().stream().filter(article -> !article.meta().draft())
                    .map(Article::slug).collect(Collectors.toUnmodifiableSet()));
            published = known;
        }
        return known.slugs().contains(slug);
    }

    /**
     * A press counts only from this site's own pages. A browser says where a request comes from: Sec-Fetch-Site,
     * or else Origin, compared with this server's own origin or the site's base URL. A request with neither comes
     * from no browser, so no other site's page can have sent it.
     */
    private boolean fromThisSite(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && origin.equals(baseOrigin)) {
            return true;
        }
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        return origin == null || origin.equals(ownOrigin(request));
    }

    /** Back to the article, at the button that was pressed; to the site's address when the page was served there. */
    private String back(String slug, Request request, String at) {
        String path = "/articles/" + slug + ("end".equals(at) ? "#like-end" : "#like-top");
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        boolean elsewhere = origin != null && origin.equals(baseOrigin) && !origin.equals(ownOrigin(request));
        return elsewhere ? baseUrl + path : path;
    }

    private static String ownOrigin(Request request) {
        return request.getHttpURI().getScheme() + "://" + request.getHeaders().get(HttpHeader.HOST);
    }

    /** The origin of an absolute URL: scheme, host and port, as a browser's Origin header writes it. */
    private static String origin(String url) {
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return path < 0 ? url : url.substring(0, path);
    }

    private static String reader(Request request) {
        List<HttpCookie> cookies = Request.getCookies(request);
        for (HttpCookie cookie : cookies) {
            if (cookie.getName().equals(COOKIE) && READER_ID.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
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

    private static boolean accepts(Request request, String type) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return accept != null && accept.contains(type);
    }
}
