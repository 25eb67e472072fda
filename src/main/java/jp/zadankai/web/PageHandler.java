package jp.zadankai.web;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import jp.zadankai.site.Page;
import jp.zadankai.site.Site;

/**
 * Answers every page of the current snapshot in Jetty's own request layer, ahead of the servlet context: a request
 * is a map lookup and a write of bytes computed at load. Jetty has already decoded and normalised the path and
 * turned away malformed requests. A GET or HEAD of a path that neither the snapshot nor a route behind it has gets
 * the site's 404 here too: through Spring MVC it cost 15 times a page (6,350 against 110,000 a second on one core),
 * which a scanner's flood of made-up paths would spend. Those routes, and methods other than GET and HEAD, go on to
 * the スキ handler and then the servlet filters and Spring MVC (and from there to the error pages, or a 405), on a
 * thread of the pool.
 * <p>
 * The handler never blocks, and says so: Jetty then runs it on the thread that read the request, with no hand-off
 * to another thread, which is what lets one core answer pages at nginx's rate (src/bench/README.md). What is behind
 * it may block (the スキ store waits for its database), so everything handed on runs on a pool thread.
 */
public class PageHandler extends Handler.Wrapper {
    private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
    private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");
    private static final String MEDIA = "/media/";
    /**
     * Where the handlers behind this one answer: the スキ API ({@link LikeHandler}), and through Spring MVC the
     * actuator's health and the error page asked for directly.
     */
    static final List<String> SERVLET_ROUTES = List.of("/api/", "/actuator", "/error");

    private final Supplier<Site> site;
    private final List<HttpField> headers;
    private final List<HttpField> secureHeaders;
    private final List<HttpField> mediaHeaders;
    private final List<HttpField> secureMediaHeaders;
    private volatile FieldsOfSnapshot fieldsOfSnapshot = new FieldsOfSnapshot(null, Map.of());

    /**
     * @param site          the snapshot being served, or null before the first one is built
     * @param headers       the headers every response carries (pages answered here never pass the filters)
     * @param secureHeaders the same, for a request that came over HTTPS
     * @param mediaPolicy   the Content-Security-Policy of files under {@code /media/} in place of the pages' one
     * @param next          what answers everything else (the servlet context)
     */
    public PageHandler(Supplier<Site> site, Map<String, String> headers, Map<String, String> secureHeaders,
                       String mediaPolicy, Handler next) {
        super(next);
        this.site = site;
        this.headers = headerFields(headers, null);
        this.secureHeaders = headerFields(secureHeaders, null);
        this.mediaHeaders = headerFields(headers, mediaPolicy);
        this.secureMediaHeaders = headerFields(secureHeaders, mediaPolicy);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        Site current = site.get();
        String path = request.getHttpURI().getDecodedPath();
        boolean getOrHead = head || "GET".equals(method);
        Page page = current == null || path == null || !getOrHead ? null : current.page(path);
        if (page == null) {
            if (current != null && path != null && getOrHead && SERVLET_ROUTES.stream().noneMatch(path::startsWith)) {
                // The site's own 404 page and headers, as for Jetty's own refusals.
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            } else {
                request.getComponents().getExecutor().execute(() -> handOn(request, response, callback));
            }
            return true;
        }
        List<HttpField> common = path.startsWith(MEDIA)
                ? request.isSecure() ? secureMediaHeaders : mediaHeaders
                : request.isSecure() ? secureHeaders : headers;
        write(page, fields(current, page), common, request, response, callback, head);
        return true;
    }

    private void handOn(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            callback.failed(failure);
        }
    }

    private void write(Page page, PageFields fields, List<HttpField> common, Request request, Response response,
                       Callback callback, boolean head) {
        HttpFields.Mutable out = response.getHeaders();
        for (HttpField header : common) {
            out.add(header);
        }
        boolean gzip = page.gzip() != null && acceptsGzip(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
        out.add(gzip ? fields.gzipEtag() : fields.etag());
        out.add(fields.cacheControl());
        if (page.gzip() != null) {
            out.add(VARY);
        }
        // Either representation's validator will do: a cache that stored one copy revalidates it whichever it asks.
        String ifNoneMatch = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
        if (ifNoneMatch != null && (matches(ifNoneMatch, page.etag())
                || page.gzipEtag() != null && matches(ifNoneMatch, page.gzipEtag()))) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, null, callback);
            return;
        }
        out.add(fields.contentType());
        if (gzip) {
            out.add(GZIP);
        }
        out.add(gzip ? fields.gzipLength() : fields.length());
        response.setStatus(HttpStatus.OK_200);
        if (head) {
            response.write(true, null, callback);
        } else {
            // The uncompressed bytes are inflated for the rare client that takes no gzip; pages that do not
            // compress are kept as they are.
            response.write(true, ByteBuffer.wrap(gzip ? page.gzip() : page.body()), callback);
        }
    }

    /**
     * A page's own header fields, encoded once for the snapshot rather than once a response. They are kept with
     * the snapshot they belong to and dropped with it, so they never outgrow its pages.
     */
    private PageFields fields(Site current, Page page) {
        FieldsOfSnapshot cached = fieldsOfSnapshot;
        if (cached.site() != current) {
            cached = new FieldsOfSnapshot(current, new ConcurrentHashMap<>());
            fieldsOfSnapshot = cached;
        }
        return cached.fields().computeIfAbsent(page, PageFields::of);
    }

    private record FieldsOfSnapshot(Site site, Map<Page, PageFields> fields) {
    }

    private record PageFields(HttpField etag, HttpField length, HttpField gzipEtag, HttpField gzipLength,
                              HttpField contentType, HttpField cacheControl) {
        static PageFields of(Page page) {
            boolean gzip = page.gzip() != null;
            return new PageFields(new PreEncodedHttpField(HttpHeader.ETAG, page.etag()),
                    new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(page.length())),
                    gzip ? new PreEncodedHttpField(HttpHeader.ETAG, page.gzipEtag()) : null,
                    gzip ? new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(page.gzip().length))
                            : null,
                    new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, page.contentType()),
                    new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, page.cacheControl()));
        }
    }

    private static List<HttpField> headerFields(Map<String, String> headers, String policy) {
        return headers.entrySet().stream().<HttpField>map(entry -> new PreEncodedHttpField(entry.getKey(),
                policy != null && entry.getKey().equals("Content-Security-Policy") ? policy : entry.getValue()))
                .toList();
    }

    /** A weak comparison, as RFC 9110 asks for If-None-Match: {@code W/"x"} matches {@code "x"}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.equals(etag)) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the client takes gzip (RFC 9110 12.5.3): a coding named exactly {@code gzip}, in any case, whose
     * weight is not zero ({@code gzip;q=0}, {@code gzip; Q=0.000}). {@code nogzip} is another coding, and an empty
     * or malformed element is skipped. Browsers send a short plain list, scanned without allocating.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int start = 0;
        while (start <= acceptEncoding.length()) {
            int end = acceptEncoding.indexOf(',', start);
            if (end < 0) {
                end = acceptEncoding.length();
            }
            int parameters = acceptEncoding.indexOf(';', start);
            int nameEnd = parameters >= 0 && parameters < end ? parameters : end;
            if (isToken(acceptEncoding, start, nameEnd, "gzip")) {
                return nameEnd == end || !isZeroWeight(acceptEncoding.substring(nameEnd + 1, end));
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether the text between from and to is the token, ignoring case and the spaces around it. */
    private static boolean isToken(String text, int from, int to, String token) {
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
            to--;
        }
        return to - from == token.length() && text.regionMatches(true, from, token, 0, token.length());
    }

    /** Whether the parameters of a coding give it the weight 0 ({@code q=0}, {@code Q = 0.00}). */
    private static boolean isZeroWeight(String parameters) {
        for (String parameter : parameters.split(";")) {
            String compact = parameter.replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
            if (compact.startsWith("q=")) {
                return Q_ZERO.matcher(compact).matches();
            }
        }
        return false;
    }

    private static final Pattern Q_ZERO = Pattern.compile("q=0(\\.0{0,3})?");
}
