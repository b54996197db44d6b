package org.gongkai.portal;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Decides where a "back to where I was" redirect may go. Only a path on this site is accepted, so a
 * link such as {@code /a11y?back=https://evil.example} cannot be used to send people elsewhere with
 * our domain in the address bar (open redirect).
 */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    /**
     * {@code back} if it is a relative path on this site ("/agencies/…?page=2"), else "/". Refused:
     * anything with a scheme or host, protocol-relative "//host", "/\host" (browsers read the
     * backslash as a slash), control characters and over-long values.
     */
    public static String sameSitePath(String back) {
        if (back == null || back.isEmpty() || back.length() > 2000 || !back.startsWith("/")) {
            return "/";
        }
        if (back.startsWith("//") || back.indexOf('\\') >= 0) {
            return "/";
        }
        for (int i = 0; i < back.length(); i++) {
            char c = back.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "/";
            }
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                return "/";
            }
        } catch (URISyntaxException e) {
            return "/";
        }
        return back;
    }
}
