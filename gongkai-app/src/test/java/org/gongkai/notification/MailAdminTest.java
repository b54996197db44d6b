package org.gongkai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 邮件通知设置: the county administrator's page. */
class MailAdminTest extends MailTestBase {

    @Autowired
    MockMvc mvc;

    MockHttpServletRequestBuilder save(String host, String port, String password) {
        return post("/admin/mail").with(csrf()).param("enabled", "true").param("host", host).param("port", port)
                .param("username", "notifier").param("password", password).param("fromAddress", "notice@qingshan.example.org");
    }

    record Row(String host, int port, String username, String password) {
    }

    Row row() {
        return jdbc.sql("SELECT host, port, username, password FROM mail_settings WHERE id = 1")
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).single();
    }

    @Test
    void the_county_administrator_saves_the_settings_and_an_empty_password_keeps_the_old_one() throws Exception {
        Officer admin = county.countyAdmin();
        mvc.perform(save("smtp.qingshan.example.org", "587", "s3cret-pw").with(as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(row()).isEqualTo(new Row("smtp.qingshan.example.org", 587, "notifier", "s3cret-pw"));

        mvc.perform(save("smtp2.qingshan.example.org", "465", "").with(as(admin))).andExpect(status().is3xxRedirection());
        assertThat(row()).isEqualTo(new Row("smtp2.qingshan.example.org", 465, "notifier", "s3cret-pw"));

        String page = mvc.perform(get("/admin/mail").with(as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("smtp2.qingshan.example.org", "已保存密码", "发送测试邮件").doesNotContain("s3cret-pw");
    }

    @Test
    void anyone_but_the_county_administrator_is_refused() throws Exception {
        Agency a = county.department("设置局");
        Officer agencyAdmin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        Row before = row();
        mvc.perform(get("/admin/mail").with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(save("evil.example.org", "25", "x").with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/test").with(csrf()).with(as(agencyAdmin)).param("testTo", newAddress("x")))
                .andExpect(status().isForbidden());
        assertThat(row()).isEqualTo(before);
    }

    @Test
    void a_bad_port_re_shows_the_form_with_a_chinese_message() throws Exception {
        Row before = row();
        String page = mvc.perform(save("smtp.qingshan.example.org", "70000", "pw-typed").with(as(county.countyAdmin())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("端口须为 1 到 65535 之间的整数", "id=\"port-error\"", "value=\"70000\"",
                "smtp.qingshan.example.org").doesNotContain("pw-typed", "Exception");
        assertThat(row()).isEqualTo(before);

        String badHost = mvc.perform(save("smtp://x:25", "25", "").with(as(county.countyAdmin())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badHost).contains("id=\"host-error\"", "SMTP 服务器只填主机名或 IP 地址");
    }

    @Test
    void the_test_mail_arrives_or_the_problem_is_told_in_chinese() throws Exception {
        Officer admin = county.countyAdmin();
        String to = newAddress("test");
        mvc.perform(post("/admin/mail/test").with(csrf()).with(as(admin)).param("testTo", to))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "测试邮件已发送到 " + to + "，请查收。"));
        MimeMessage mail = awaitMails(to, 1).get(0);
        assertThat(subject(mail)).contains("测试");
        assertThat(body(mail)).contains("发件服务器设置正确");

        configure(false, deadPort()); // a test mail is sent even while notifications are switched off
        String failing = newAddress("fail");
        var result = mvc.perform(post("/admin/mail/test").with(csrf()).with(as(admin)).param("testTo", failing))
                .andExpect(status().is3xxRedirection()).andReturn();
        String failure = (String) result.getFlashMap().get("testFailure");
        assertThat(failure).startsWith("测试邮件未能发送：").contains("无法连接邮件服务器 127.0.0.1:")
                .doesNotContain("Exception", "at org.");

        String page = mvc.perform(post("/admin/mail/test").with(csrf()).with(as(admin)).param("testTo", "not-an-address"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"testTo-error\"", "请填写正确的收件地址");
    }
}
