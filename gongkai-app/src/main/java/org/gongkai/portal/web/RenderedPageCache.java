package org.gongkai.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.agency.AgencyCreated;
import org.gongkai.agency.AgencyUpdated;
import org.gongkai.catalog.ItemPublished;
import org.gongkai.catalog.ItemValidityChanged;
import org.gongkai.catalog.ItemWithdrawn;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeated requests for public pages from memory. A public page is the same for every visitor
 * (nothing on it depends on who is signed in; the 适老化 cookie is part of the key), so once rendered it
 * can be sent again without touching the database or the template engine until something it shows
 * may have changed. Any publication, withdrawal or validity change, and any new or changed agency,
 * drops the whole cache after its transaction commits; every entry also lives at most as long as the
 * pages' own {@code Cache-Control: max-age=60}, which bounds staleness for any change that publishes
 * no event. Only complete 200 responses that declared themselves public and set no cookie are kept.
 */
class RenderedPageCache extends OncePerRequestFilter {

    static final int MAX_BODY = 512 * 1024;
    /** Headers that belong to the transfer, not to the page, and are never replayed. */
    private static final List<String> TRANSFER_HEADERS = List.of("content-length", "transfer-encoding", "date",
            "content-type", "connection", "keep-alive");

    record Page(String contentType, Map<String, String> headers, byte[] body, long generation) {
    }

    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(60))
            .maximumWeight(128L * 1024 * 1024)
            .weigher((String k, Page p) -> p.body().length + 512)
            .build();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !PublicEtagFilter.isPublicPath(request.getRequestURI().substring(request.getContextPath().length()))
                || request.getRequestURI().startsWith(request.getContextPath() + "/sitemap")
                // search results follow the index, which is updated after the commit that drops this
                // cache; caching them could keep a result from before the index caught up
                || request.getRequestURI().endsWith("/search")
                // the request module's pages carry a CSRF token, a one-time question or an applicant's
                // data: never shared between visitors (they are not public paths either; this keeps
                // it so if the list of public paths ever grows a prefix that covers them)
                || request.getRequestURI().startsWith(request.getContextPath() + "/apply")
                // the annual report downloads are generated binaries of up to megabytes (the PDF embeds a
                // font subset), not pages: kept out explicitly, like /apply, in case a public prefix ever covers them
                || request.getRequestURI().startsWith(request.getContextPath() + "/reports/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Page cached = pages.getIfPresent(key);
        if (cached != null && cached.generation() == generation.get()) {
            hits.incrementAndGet();
            send(cached, request, response);
            return;
        }
        long startedAt = generation.get();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String cacheControl = wrapper.getHeader(HttpHeaders.CACHE_CONTROL);
        // a response that sets a cookie belongs to one visitor: never kept
        if (wrapper.getStatus() == 200 && cacheControl != null && cacheControl.contains("public")
                && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
                && wrapper.getContentSize() <= MAX_BODY && !request.isAsyncStarted()) {
            // keep the security headers written inside Spring Security's chain too, which a hit skips
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : wrapper.getHeaderNames()) {
                if (!TRANSFER_HEADERS.contains(h.toLowerCase(java.util.Locale.ROOT))) {
                    headers.put(h, wrapper.getHeader(h));
                }
            }
            pages.put(key, new Page(wrapper.getContentType(), headers, wrapper.getContentAsByteArray(), startedAt));
        }
        wrapper.copyBodyToResponse();
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.headers().forEach(response::setHeader);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** The same conditional-request rules the uncached page follows: ETag first, else Last-Modified. */
    private static boolean notModified(Page page, HttpServletRequest request) {
        String etag = page.headers().get(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return etag != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(etag.replace("W/", "")));
        }
        String lastModified = page.headers().get(HttpHeaders.LAST_MODIFIED);
        if (lastModified == null) {
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            long modified = java.time.ZonedDateTime.parse(lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant().toEpochMilli();
            return since >= 0 && modified / 1000 <= since / 1000;
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String key(HttpServletRequest request) {
        String a11y = "";
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (PortalModelAdvice.A11Y_COOKIE.equals(c.getName())) {
                    a11y = c.getValue();
                }
            }
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + a11y;
    }

    /** Requests answered from memory since start (for tests and metrics). */
    long hits() {
        return hits.get();
    }

    /** Drops every page: something a page may show has changed (after the change is committed). */
    void invalidate() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** The catalogue and agency events that change what public pages show. */
    static class Invalidation {

        private final RenderedPageCache cache;

        Invalidation(RenderedPageCache cache) {
            this.cache = cache;
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(ItemPublished e) {
            cache.invalidate();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(ItemWithdrawn e) {
            cache.invalidate();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(ItemValidityChanged e) {
            cache.invalidate();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(AgencyCreated e) {
            cache.invalidate();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(AgencyUpdated e) {
            cache.invalidate();
        }
    }
}
