package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Public pages come from memory on repeat, and are rendered anew once something they show changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RenderedPageCacheTest {

    @LocalServerPort
    int port;
    @Autowired
    TestCounty county;
    @Autowired
    ItemService items;
    @Autowired
    AgencyService agencies;
    @Autowired
    RenderedPageCache cache;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_publication_shows_at_once_and_a_cached_page_keeps_its_security_headers() throws Exception {
        TestCounty.Chain c = county.chain("缓存局");
        String path = "/agencies/" + c.agency().code() + "/items";
        HttpResponse<String> first = get(path, null);
        long hitsBefore = cache.hits();
        HttpResponse<String> second = get(path, null);
        assertThat(cache.hits()).isEqualTo(hitsBefore + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();

        String title = "缓存失效测试" + TestCounty.unique("") + "的通知";
        Item item = items.create(c.agency().code(), new ItemDraft("TZGG", title, null, LocalDate.of(2026, 3, 2), null,
                null, false, null, null, null, null, null, "<p>正文</p>", null), c.drafter());
        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.confidentialityReviewer());
        assertThat(get(path, null).body()).doesNotContain(title);
        items.transition(item.id(), Transition.of(Action.PUBLISH, "同意"), c.signer());
        assertThat(get(path, null).body()).contains(title);
    }

    @Test
    void the_适老化_mode_and_guide_edits_are_never_served_from_the_wrong_copy() throws Exception {
        TestCounty.Chain c = county.chain("缓存指南局");
        String path = "/agencies/" + c.agency().code();
        String plain = get(path, null).body();
        String large = get(path, PortalModelAdvice.A11Y_COOKIE + "=1").body();
        assertThat(plain).doesNotContain("class=\"a11y\"");
        assertThat(large).contains("class=\"a11y\"");
        assertThat(get(path, null).body()).doesNotContain("class=\"a11y\"");

        String address = "青山县" + TestCounty.unique("缓存路") + "1号";
        agencies.updateGuide(c.agency().id(), new NewAgency(c.agency().code(), c.agency().name(), null,
                c.agency().kind(), null, address, "工作日 9:00-17:00", "0500-1234567", null, null, null, null),
                county.countyAdmin());
        assertThat(get(path, null).body()).contains(address);
    }
}
