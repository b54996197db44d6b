package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Makes successful portal pages cacheable for a minute by browsers and by the county's reverse
 * proxy: a page of the disclosure catalogue changes only when something is published, and a
 * minute's delay is acceptable while the saving under load (an announcement linked from the county
 * WeChat account) is large. Conditional requests then revalidate with the ETag of
 * {@link PublicEtagFilter}.
 *
 * <p>Set after the handler ran and before the view renders, so error pages (which skip
 * {@code postHandle}) keep Spring Security's {@code no-store}. {@code Vary: Cookie} because the
 * 适老化 mode, chosen by a cookie, changes the page.
 */
class PublicCaching implements HandlerInterceptor {

    static final String PUBLIC_MINUTE = "public, max-age=60";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (!(handler instanceof HandlerMethod method) || !PortalPage.class.isAssignableFrom(method.getBeanType())) {
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return;
        }
        int status = response.getStatus();
        if ((status == 200 || status == 304) && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_MINUTE);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        }
    }
}
