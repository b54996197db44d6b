package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.agency.Agency;
import org.gongkai.portal.CountyDirectory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the portal layout needs on the request module's public pages (site, 适老化 flag, current path).
 * The portal's own advice is limited to its controllers, and its caching must not reach these pages
 * (they carry a CSRF token, a one-time question or an applicant's data), so the request module gives
 * the layout the same attributes itself instead of joining the portal's marker interface.
 */
@ControllerAdvice(assignableTypes = {ApplyController.class, StatusController.class})
class PublicPageModel {

    /** The portal's 适老化 cookie (set by its /a11y switch); read here so these pages follow the mode. */
    static final String A11Y_COOKIE = "gk_a11y";

    private final CountyDirectory directory;

    PublicPageModel(CountyDirectory directory) {
        this.directory = directory;
    }

    /** Same shape as the portal's site attribute: the county government and the county's name. */
    public record Site(Agency root, String countyName) {
    }

    @ModelAttribute("site")
    Site site() {
        return new Site(directory.root().orElse(null), directory.countyName());
    }

    @ModelAttribute("a11y")
    boolean a11y(@CookieValue(name = A11Y_COOKIE, required = false) String mode) {
        return "1".equals(mode);
    }

    /** Without the query string: nothing personal ever travels in these pages' URLs, but stay safe. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }
}
