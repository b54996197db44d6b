package org.gongkai.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.gongkai.agency.Officer;
import org.gongkai.agency.internal.security.OfficerPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a MockMvc request in as an {@link Officer}, the way the login form would (an
 * {@link OfficerPrincipal} without its password hash), but without a bcrypt round per request. Tests
 * of the login form itself use the real form instead.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(Officer officer) {
        OfficerPrincipal principal = new OfficerPrincipal(officer, null, true);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** A distinct client address per test, so the login throttle's per-address count is not shared between tests. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
