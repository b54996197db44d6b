package org.gongkai.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A person's email address on the 用户 pages: given at creation, changed later, checked for its form. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserEmailAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcClient jdbc;

    String email(String username) {
        return jdbc.sql("SELECT email FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    @Test
    void an_administrator_creates_a_request_officer_with_an_email_and_changes_it() throws Exception {
        Agency a = county.department("邮箱局");
        Officer admin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        String username = TestCounty.unique("officer");
        mvc.perform(post("/admin/users").with(csrf()).with(as(admin)).param("username", username)
                        .param("displayName", "承办人").param("password", "initial-pass-1").param("roles", "REQUEST_OFFICER")
                        .param("email", "chengban@qingshan.example.org"))
                .andExpect(status().is3xxRedirection());
        assertThat(email(username)).isEqualTo("chengban@qingshan.example.org");

        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/email").with(csrf()).with(as(admin)).param("email", "new@qingshan.example.org"))
                .andExpect(status().is3xxRedirection());
        assertThat(email(username)).isEqualTo("new@qingshan.example.org");
        String page = mvc.perform(get("/admin/users/" + id).with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("new@qingshan.example.org", "保存电子邮箱");

        String refused = mvc.perform(post("/admin/users/" + id + "/email").with(csrf()).with(as(admin)).param("email", "bad@"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"email-error\"", "电子邮箱格式不正确");
        assertThat(email(username)).isEqualTo("new@qingshan.example.org");

        mvc.perform(post("/admin/users/" + id + "/email").with(csrf()).with(as(admin)).param("email", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(email(username)).isNull();
    }

    @Test
    void a_malformed_email_re_shows_the_create_form_with_what_was_typed() throws Exception {
        Agency a = county.department("邮箱局");
        Officer admin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        String username = TestCounty.unique("typo");
        String page = mvc.perform(post("/admin/users").with(csrf()).with(as(admin)).param("username", username)
                        .param("displayName", "某人").param("password", "initial-pass-1").param("roles", "REQUEST_OFFICER")
                        .param("email", "someone at example"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"email-error\"", "电子邮箱格式不正确", "value=\"someone at example\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single())
                .isZero();
    }
}
