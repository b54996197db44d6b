package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.agency.Agency;
import org.gongkai.portal.CountyDirectory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every portal page needs: the site's name (from the county government, so one
 * build serves any county), whether the visitor chose the 适老化 mode, and the current address so
 * the mode switch can bring them back to the same page. Thymeleaf 3.1 no longer exposes the request
 * to templates, hence these attributes.
 */
@ControllerAdvice(assignableTypes = PortalPage.class)
class PortalModelAdvice {

    /** The cookie the 适老化 switch sets; read on every page, never by JavaScript. */
    static final String A11Y_COOKIE = "gk_a11y";

    private final CountyDirectory directory;

    PortalModelAdvice(CountyDirectory directory) {
        this.directory = directory;
    }

    /** The site: county government and the county's name (empty before the county is set up). */
    public record Site(Agency root, String countyName) {
    }

    @ModelAttribute("site")
    Site site() {
        Agency root = directory.root().orElse(null);
        return new Site(root, directory.countyName());
    }

    @ModelAttribute("a11y")
    boolean a11y(@CookieValue(name = A11Y_COOKIE, required = false) String mode) {
        return "1".equals(mode);
    }

    /** The page's path within the application (without the context path, which the redirect adds). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.isEmpty() ? "/" : path) + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
