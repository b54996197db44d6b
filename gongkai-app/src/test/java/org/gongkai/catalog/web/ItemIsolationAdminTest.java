package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Agency isolation in the back office: an officer of agency B, whatever their roles, gets "not
 * found" on every page and every form of agency A's items, and nothing changes. The county
 * administrator, who supervises all agencies, may look.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ItemIsolationAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    ItemService items;

    @Test
    void officers_of_another_agency_get_not_found_on_every_page_and_form_of_an_item() throws Exception {
        TestCounty.Chain a = county.chain("隔离甲局");
        TestCounty.Chain b = county.chain("隔离乙局");
        Item draft = items.create(a.agency().code(), new ItemDraft("TZGG", "甲局内部草稿", null, LocalDate.of(2026, 1, 2), null,
                null, false, null, null, null, null, null, "<p>内部</p>", null), a.drafter());
        long attId = items.addAttachment(draft.id(), "内部.pdf", AdminTestFiles.pdf(), a.drafter()).id();
        Item inReview = items.create(a.agency().code(), new ItemDraft("TZGG", "甲局待审信息", null, null, null, null, false,
                null, null, null, null, null, null, null), a.drafter());
        items.transition(inReview.id(), Transition.of(Action.SUBMIT, null), a.drafter());

        Officer bAdmin = TestCounty.officer(county.user(b.agency(), Role.DRAFTER, Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER,
                Role.SIGNER, Role.AGENCY_ADMIN), b.agency());
        List<Officer> outsiders = List.of(b.drafter(), b.reviewer(), b.signer(), bAdmin);

        for (Item item : List.of(draft, inReview)) {
            long id = item.id();
            // fresh builders for every request: a builder keeps the post-processors added to it
            List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests = new ArrayList<>(List.of(
                    () -> get("/admin/items/{id}", id),
                    () -> get("/admin/items/{id}/edit", id),
                    () -> get("/admin/items/{id}/history", id),
                    () -> get("/admin/items/{id}/approval-sheet", id),
                    () -> get("/admin/items/{id}/attachments/{att}", id, attId),
                    () -> post("/admin/items/{id}/edit", id).with(csrf()).param("category", "TZGG").param("title", "越权修改")
                            .param("version", Integer.toString(item.version())),
                    () -> multipart("/admin/items/{id}/attachments", id)
                            .file(new MockMultipartFile("file", "越权.pdf", "application/pdf", AdminTestFiles.pdf())).with(csrf()),
                    () -> post("/admin/items/{id}/attachments/{att}/delete", id, attId).with(csrf())));
            for (Action action : Action.values()) {
                requests.add(() -> post("/admin/items/{id}/transition", id).with(csrf()).param("action", action.name())
                        .param("opinion", "越权操作").param("noInterpretationReason", "越权"));
            }
            for (Officer outsider : outsiders) {
                for (Supplier<AbstractMockHttpServletRequestBuilder<?>> request : requests) {
                    MvcResult r = mvc.perform(request.get().with(as(outsider))).andReturn();
                    String what = outsider.username() + " " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI()
                            + " " + r.getRequest().getParameter("action");
                    assertThat(r.getResponse().getStatus()).as(what).isIn(403, 404);
                    String body = r.getResponse().getContentAsString();
                    assertThat(body).as(what).doesNotContain(item.title(), item.indexNo(), "内部.pdf");
                }
            }
        }

        // nothing changed: same status, version, attachments, history
        Item after = items.get(draft.id(), a.drafter());
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(after.title()).isEqualTo("甲局内部草稿");
        assertThat(after.attachments()).extracting(x -> x.fileName()).containsExactly("内部.pdf");
        assertThat(items.history(draft.id(), a.drafter())).hasSize(1);
        assertThat(items.get(inReview.id(), a.drafter()).status().name()).isEqualTo("IN_REVIEW");

        // lists and the dashboard of B do not show A's items either
        for (Officer outsider : outsiders) {
            for (String url : List.of("/admin", "/admin/items", "/admin/items?q=甲局", "/admin/items?agency=" + a.agency().code())) {
                String body = mvc.perform(get(url).with(as(outsider))).andReturn().getResponse().getContentAsString();
                assertThat(body).as(url).doesNotContain("甲局内部草稿", "甲局待审信息");
            }
        }
        // nor B's category and guide pages for A
        assertThat(mvc.perform(get("/admin/categories?agency=" + a.agency().code()).with(as(bAdmin))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/guide?agency=" + a.agency().code()).with(as(bAdmin))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        // the county administrator supervises every agency and may read
        Officer countyAdmin = TestCounty.officer(county.user(county.county(), Role.COUNTY_ADMIN), county.county());
        String view = mvc.perform(get("/admin/items/{id}", draft.id()).with(as(countyAdmin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(view).contains("甲局内部草稿", "内部.pdf");
    }
}
