package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import org.gongkai.portal.SafeRedirect;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 适老化 switch: large type, high contrast. A plain link (no JavaScript, no form) sets or clears
 * a cookie and returns the visitor to the page they were on. The cookie holds only the preference,
 * so it needs no consent and no session; "back" may only be a path on this site.
 */
@Controller
class AccessibilityModeController {

    private static final Duration KEEP = Duration.ofDays(365);

    @GetMapping("/a11y")
    ResponseEntity<Void> toggle(@RequestParam(required = false) String mode, @RequestParam(required = false) String back,
                                HttpServletRequest request) {
        boolean on = !"off".equals(mode);
        ResponseCookie cookie = ResponseCookie.from(PortalModelAdvice.A11Y_COOKIE, on ? "1" : "")
                .path("/").maxAge(on ? KEEP : Duration.ZERO).httpOnly(true).sameSite("Lax").secure(request.isSecure())
                .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create(request.getContextPath() + SafeRedirect.sameSitePath(back)))
                .build();
    }
}
