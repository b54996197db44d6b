package org.gongkai.agency.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.agency.Officer;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in officer ({@code me}) into the model of every back-office page, whichever
 * module's controller renders it, so the shared layout (admin/layout.html) can show the navigation
 * the officer's roles allow and their name and agency. Public pages are left alone.
 */
@ControllerAdvice
class AdminLayoutAdvice {

    @ModelAttribute("me")
    @Nullable
    Viewer me(@Nullable Officer officer, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (officer == null || !(path.equals("/admin") || path.startsWith("/admin/"))) {
            return null;
        }
        return new Viewer(officer);
    }
}
