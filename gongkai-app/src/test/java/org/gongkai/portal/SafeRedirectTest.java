package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/agencies/113309990000000195/items?category=CZXX&page=2", "/search?q=%E9%A2%84%E7%AE%97",
            "/items/12#att"})
    void a_path_on_this_site_is_kept(String back) {
        assertThat(SafeRedirect.sameSitePath(back)).isEqualTo(back);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example", "///evil.example", "/\\evil.example",
            "\\\\evil.example", "http:/evil.example", "javascript:alert(1)", "evil.example/x", "/a\r\nLocation: x",
            "/a\tb", "/search?q=中 文"})
    void anything_else_goes_home(String back) {
        assertThat(SafeRedirect.sameSitePath(back)).isEqualTo("/");
    }

    @org.junit.jupiter.api.Test
    void null_goes_home() {
        assertThat(SafeRedirect.sameSitePath(null)).isEqualTo("/");
    }
}
