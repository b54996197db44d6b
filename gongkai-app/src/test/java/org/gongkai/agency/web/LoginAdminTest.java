package org.gongkai.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.agency.Agency;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in to the back office with the real login form, the throttle and CSRF. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginAdminTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;

    /** Each test comes from its own address so the per-address throttle does not mix tests. */
    static String address() {
        return "10.77.0." + ADDRESS.incrementAndGet();
    }

    /** The login form as a browser posts it (Spring Security handles POST /login). */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String user, String password,
                                                                                          String ip) {
        return post("/login").with(csrf()).with(from(ip)).param("username", user).param("password", password);
    }

    @Test
    void the_login_page_is_chinese_accessible_and_links_back_to_the_portal() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("lang=\"zh-CN\"", "后台登录", "<label for=\"username\">用户名</label>",
                "<label for=\"password\">密码</label>", "autocomplete=\"current-password\"", "name=\"_csrf\"",
                "href=\"/\"", "返回门户网站");
        assertThat(page).doesNotContain("role=\"alert\"");
    }

    @Test
    void back_office_pages_need_sign_in() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/items/1")).andExpect(status().is3xxRedirection());
    }

    @Test
    void an_officer_signs_in_sees_the_dashboard_and_signs_out() throws Exception {
        Agency a = county.department("登录局");
        UserSummary u = county.user(a, Role.DRAFTER);
        String ip = address();
        MvcResult login = mvc.perform(login(u.username(), TestCounty.PASSWORD, ip))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        String dashboard = mvc.perform(get("/admin").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("工作台", u.displayName(), a.name(), "action=\"/logout\"", "退出登录");
        // a signed-in officer who opens the login page goes to the dashboard
        mvc.perform(get("/login").session(session)).andExpect(redirectedUrl("/admin"));

        // logging out needs the CSRF token too
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_wrong_password_shows_the_message() throws Exception {
        UserSummary u = county.user(county.department("密码局"), Role.DRAFTER);
        mvc.perform(login(u.username(), "wrong-password", address()))
                .andExpect(redirectedUrl("/login?error"));
        String page = mvc.perform(get("/login?error")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"alert\"", "用户名或密码不正确", "aria-describedby=\"login-error\"");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() throws Exception {
        UserSummary u = county.user(county.department("锁定局"), Role.DRAFTER);
        String ip = address();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(u.username(), "wrong-" + i, ip))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(u.username(), TestCounty.PASSWORD, address()))
                .andExpect(redirectedUrl("/login?locked"));
        String page = mvc.perform(get("/login?locked")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"alert\"", "登录失败次数过多", "锁定");
    }

    @Test
    void the_login_form_itself_requires_the_csrf_token() throws Exception {
        UserSummary u = county.user(county.department("令牌登录局"), Role.DRAFTER);
        mvc.perform(post("/login").param("username", u.username()).param("password", TestCounty.PASSWORD).with(from(address())))
                .andExpect(status().isForbidden());
    }
}
