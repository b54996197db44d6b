package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class QueryLinksTest {

    QueryLinks links(String query) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/search");
        r.setQueryString(query);
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            r.addParameter(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
        }
        return QueryLinks.of(r);
    }

    @Test
    void changing_a_filter_keeps_the_others_and_goes_back_to_page_one() {
        QueryLinks l = links("q=C%2B%2B+%E9%A2%84%E7%AE%97&agency=X&page=3&year=");
        assertThat(l.with("category", "CZXX")).isEqualTo("/search?q=C%2B%2B+%E9%A2%84%E7%AE%97&agency=X&category=CZXX");
        assertThat(l.without("agency")).isEqualTo("/search?q=C%2B%2B+%E9%A2%84%E7%AE%97");
        assertThat(l.page(4)).isEqualTo("/search?q=C%2B%2B+%E9%A2%84%E7%AE%97&agency=X&page=4");
        assertThat(l.page(1)).isEqualTo("/search?q=C%2B%2B+%E9%A2%84%E7%AE%97&agency=X");
        assertThat(l.with("q", "a&b=c")).isEqualTo("/search?q=a%26b%3Dc&agency=X");
    }

    @Test
    void the_page_window_shows_ends_and_neighbours_with_gaps() {
        assertThat(QueryLinks.window(1, 1)).containsExactly(1);
        assertThat(QueryLinks.window(1, 5)).containsExactly(1, 2, 3, 0, 5);
        assertThat(QueryLinks.window(10, 20)).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
        assertThat(QueryLinks.window(20, 20)).containsExactly(1, 0, 18, 19, 20);
    }
}
