package org.gongkai.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.agency.UserService;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** 用户 pages: the same rules as the API (UserService), shown as forms. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    long userCount() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    Officer admin(Agency a) {
        return TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
    }

    @Test
    void only_administrators_open_the_people_pages() throws Exception {
        Agency a = county.department("人员局");
        Officer drafter = TestCounty.officer(county.user(a, Role.DRAFTER), a);
        mvc.perform(get("/admin/users").with(as(drafter))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(csrf()).with(as(drafter)).param("username", "x-" + System.nanoTime())
                .param("displayName", "某人").param("password", "long-enough-pw").param("roles", "DRAFTER"))
                .andExpect(status().isForbidden());
        Officer admin = admin(a);
        String page = mvc.perform(get("/admin/users").with(as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(drafter.displayName(), "信息发布员", "审核员", "保密审查员", "签发人", "政务公开管理员",
                "<label for=\"role-DRAFTER\">信息发布员</label>");
        assertThat(page).doesNotContain("县级管理员</label>"); // an agency administrator cannot hand out the county role
    }

    @Test
    void an_agency_administrator_creates_a_person_of_their_agency() throws Exception {
        Agency a = county.department("新人局");
        Officer admin = admin(a);
        String username = TestCounty.unique("newcomer");
        mvc.perform(post("/admin/users").with(csrf()).with(as(admin)).param("username", username).param("displayName", "新同事")
                        .param("password", "initial-pass-1").param("roles", "REVIEWER", "SIGNER")
                        .param("agency", county.county().code())) // ignored: not the county
                .andExpect(status().is3xxRedirection());
        UserSummary created = users.visibleTo(admin, null).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
        assertThat(created.agencyCode()).isEqualTo(a.code());
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.SIGNER);
    }

    @Test
    void bad_input_re_renders_the_form_with_the_message_and_creates_nobody() throws Exception {
        Agency a = county.department("输入人员局");
        Officer admin = admin(a);
        long before = userCount();
        String shortPw = mvc.perform(post("/admin/users").with(csrf()).with(as(admin)).param("username", "ok.name")
                        .param("displayName", "保留的姓名").param("password", "short").param("roles", "DRAFTER"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(shortPw).contains("密码：密码至少需要 10 位", "id=\"password-error\"", "value=\"保留的姓名\"", "value=\"ok.name\"")
                .doesNotContain("value=\"short\"");
        String noRoles = mvc.perform(post("/admin/users").with(csrf()).with(as(admin)).param("username", "ok.name2")
                        .param("displayName", "某人").param("password", "long-enough-pw"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noRoles).contains("角色：请至少选择一个角色", "href=\"#roles\"");
        String badName = mvc.perform(post("/admin/users").with(csrf()).with(as(admin)).param("username", "有 空格")
                        .param("displayName", "某人").param("password", "long-enough-pw").param("roles", "DRAFTER"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badName).contains("用户名：用户名须为 3 到 50 位");
        String countyRole = mvc.perform(post("/admin/users").with(csrf()).with(as(admin)).param("username", "ok.name3")
                        .param("displayName", "某人").param("password", "long-enough-pw").param("roles", "COUNTY_ADMIN"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(countyRole).contains("只有县级管理员可以授予县级管理员角色");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void roles_enabling_and_password_reset_for_ones_own_people_only() throws Exception {
        Agency a = county.department("管理局");
        Agency other = county.department("他局");
        Officer admin = admin(a);
        UserSummary person = county.user(a, Role.DRAFTER);
        UserSummary stranger = county.user(other, Role.DRAFTER);

        assertThat(mvc.perform(get("/admin/users/{id}", person.id()).with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(person.displayName(), person.username(), "重置密码", "停用此账号");

        mvc.perform(post("/admin/users/{id}/roles", person.id()).with(csrf()).with(as(admin)).param("roles", "DRAFTER", "REVIEWER"))
                .andExpect(status().is3xxRedirection());
        assertThat(find(admin, person.id()).roles()).containsExactlyInAnyOrder(Role.DRAFTER, Role.REVIEWER);
        String noRoles = mvc.perform(post("/admin/users/{id}/roles", person.id()).with(csrf()).with(as(admin)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noRoles).contains("请至少选择一个角色");

        mvc.perform(post("/admin/users/{id}/enabled", person.id()).with(csrf()).with(as(admin)).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(find(admin, person.id()).enabled()).isFalse();
        mvc.perform(post("/admin/users/{id}/enabled", person.id()).with(csrf()).with(as(admin)).param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(find(admin, person.id()).enabled()).isTrue();

        String mismatch = mvc.perform(post("/admin/users/{id}/password", person.id()).with(csrf()).with(as(admin))
                        .param("newPassword", "new-password-1").param("confirmPassword", "new-password-2"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(mismatch).contains("两次输入的新密码不一致");
        mvc.perform(post("/admin/users/{id}/password", person.id()).with(csrf()).with(as(admin))
                        .param("newPassword", "new-password-1").param("confirmPassword", "new-password-1"))
                .andExpect(status().is3xxRedirection());
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(person.id()).query(String.class).single();
        assertThat(encoder.matches("new-password-1", hash)).isTrue();

        // cannot disable oneself
        Officer self = admin;
        String selfDisable = mvc.perform(post("/admin/users/{id}/enabled", self.id()).with(csrf()).with(as(self)).param("enabled", "false"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(selfDisable).contains("不能停用自己的账号");

        // another agency's person is "not found" for every page and form
        mvc.perform(get("/admin/users/{id}", stranger.id()).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/roles", stranger.id()).with(csrf()).with(as(admin)).param("roles", "SIGNER"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/enabled", stranger.id()).with(csrf()).with(as(admin)).param("enabled", "false"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/password", stranger.id()).with(csrf()).with(as(admin))
                .param("newPassword", "hijacked-pass-1").param("confirmPassword", "hijacked-pass-1")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/admin/users").with(as(admin))).andReturn().getResponse().getContentAsString())
                .doesNotContain(stranger.username());
    }

    @Test
    void the_county_administrator_chooses_the_agency() throws Exception {
        Agency a = county.department("县建局");
        Officer countyAdmin = TestCounty.officer(county.user(county.county(), Role.COUNTY_ADMIN), county.county());
        String page = mvc.perform(get("/admin/users?agency=" + a.code()).with(as(countyAdmin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("县级管理员</label>", "<select id=\"agency\" name=\"agency\"");
        String username = TestCounty.unique("countymade");
        mvc.perform(post("/admin/users").with(csrf()).with(as(countyAdmin)).param("agency", a.code()).param("username", username)
                        .param("displayName", "县建的人").param("password", "initial-pass-1").param("roles", "AGENCY_ADMIN"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.visibleTo(countyAdmin, a.code())).extracting(UserSummary::username).contains(username);
    }

    private UserSummary find(Officer by, long id) {
        return users.visibleTo(by, null).stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }
}
