package org.gongkai.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.core.review.Role;
import org.gongkai.search.IndexMaintenance;
import org.gongkai.search.SearchService;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The rebuild of the search index: county administrators only, and it ends with index = database. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchIndexAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    SearchService search;
    @Autowired
    PublicCatalog catalog;

    @Test
    void the_county_rebuilds_the_index_and_others_may_not() throws Exception {
        Agency a = county.department("索引局");
        Officer agencyAdmin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN, Role.SIGNER), a);
        mvc.perform(get("/admin/search-index").with(SignedIn.as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/search-index/rebuild").with(SignedIn.as(agencyAdmin)).with(csrf()))
                .andExpect(status().isForbidden());

        Officer countyAdmin = county.countyAdmin();
        mvc.perform(get("/admin/search-index").with(SignedIn.as(countyAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("全文检索索引")));
        mvc.perform(post("/admin/search-index/rebuild").with(SignedIn.as(countyAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (maintenance.status().running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(maintenance.status().running()).isFalse();
        assertThat(search.count()).isEqualTo(catalog.countPublished());
    }
}
