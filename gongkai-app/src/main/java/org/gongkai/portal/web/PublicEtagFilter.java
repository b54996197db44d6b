package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * A weak ETag (a hash of the rendered page) on public pages, so a conditional request for an
 * unchanged page is answered 304 without sending it again. Only for the portal's public paths, and
 * only for responses that declared themselves {@code public}: the back office, the items API and
 * sign-in are never buffered or tagged. Large or streamed responses (attachments, sitemap chunks)
 * opt out with {@link #disableContentCaching} and carry their own validators.
 */
class PublicEtagFilter extends ShallowEtagHeaderFilter {

    PublicEtagFilter() {
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPublicPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int responseStatusCode,
                                        InputStream inputStream) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.contains("public")
                && super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
    }

    /** The portal's public pages, feeds, sitemaps and the public search API. */
    static boolean isPublicPath(String path) {
        return path.equals("/") || path.equals("/agencies") || path.startsWith("/agencies/")
                || (path.startsWith("/items/") && !path.contains("/attachments/"))
                || path.equals("/search") || path.equals("/api/v1/search")
                || path.equals("/robots.txt") || path.startsWith("/sitemap");
    }
}
