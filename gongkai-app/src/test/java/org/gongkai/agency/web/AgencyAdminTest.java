package org.gongkai.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** 机构 (county administrator) and 公开指南 (each agency's administrator) pages. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AgencyAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcClient jdbc;

    Officer countyAdmin() {
        return TestCounty.officer(county.user(county.county(), Role.COUNTY_ADMIN), county.county());
    }

    long agencyCount() {
        return jdbc.sql("SELECT COUNT(*) FROM agency").query(Long.class).single();
    }

    @Test
    void only_the_county_manages_agencies() throws Exception {
        Agency a = county.department("非县局");
        Officer agencyAdmin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        mvc.perform(get("/admin/agencies").with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/agencies").with(csrf()).with(as(agencyAdmin)).param("code", TestCounty.newCode())
                .param("name", "越权机构").param("kind", "DEPARTMENT")).andExpect(status().isForbidden());
        String page = mvc.perform(get("/admin/agencies").with(as(countyAdmin()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(a.name(), a.code(), "政府部门", "统一社会信用代码", "GB 32100", "href=\"/admin/agencies\"");
        assertThat(mvc.perform(get("/admin").with(as(agencyAdmin))).andReturn().getResponse().getContentAsString())
                .contains("href=\"/admin/users\"").doesNotContain("href=\"/admin/agencies\"");
    }

    @Test
    void a_bad_credit_code_is_refused_with_the_gb32100_message_and_nothing_is_saved() throws Exception {
        String good = TestCounty.newCode();
        char last = good.charAt(17);
        String typo = good.substring(0, 17) + (last == '0' ? '1' : '0');
        long before = agencyCount();
        String page = mvc.perform(post("/admin/agencies").with(csrf()).with(as(countyAdmin())).param("code", typo)
                        .param("name", "校验码测试局").param("kind", "DEPARTMENT").param("parent", county.county().code()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("统一社会信用代码：统一社会信用代码的校验码不正确（GB 32100）", "id=\"code-error\"",
                "value=\"" + typo + "\"", "value=\"校验码测试局\"", "href=\"#code\"");
        String shortCode = mvc.perform(post("/admin/agencies").with(csrf()).with(as(countyAdmin())).param("code", "12345")
                        .param("name", "长度测试局").param("kind", "DEPARTMENT").param("parent", county.county().code()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(shortCode).contains("统一社会信用代码应为 18 位");
        assertThat(agencyCount()).isEqualTo(before);
    }

    @Test
    void the_county_creates_an_agency_which_gets_the_catalogue_template() throws Exception {
        String code = TestCounty.newCode();
        String name = TestCounty.unique("新设局");
        mvc.perform(post("/admin/agencies").with(csrf()).with(as(countyAdmin())).param("code", code).param("name", name)
                        .param("shortName", "新设").param("kind", "TOWNSHIP").param("parent", county.county().code()))
                .andExpect(status().is3xxRedirection());
        Agency created = agencies.requireByCode(code);
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.parentCode()).isEqualTo(county.county().code());
        Officer countyAdmin = countyAdmin();
        assertThat(mvc.perform(get("/admin/categories?agency=" + code).with(as(countyAdmin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(name, "政策文件", "财政信息", "预算");
        // the same name again is a conflict, shown on the form
        String again = mvc.perform(post("/admin/agencies").with(csrf()).with(as(countyAdmin)).param("code", TestCounty.newCode())
                        .param("name", name).param("kind", "TOWNSHIP").param("parent", county.county().code()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("已存在");
    }

    @Test
    void an_agency_administrator_keeps_the_guide_and_others_only_read_it() throws Exception {
        Agency a = county.department("指南局");
        Officer admin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        Officer drafter = TestCounty.officer(county.user(a, Role.DRAFTER), a);
        mvc.perform(post("/admin/guide").with(csrf()).with(as(admin)).param("address", "青山县人民路 1 号")
                        .param("officeHours", "工作日 8:30-12:00，14:00-17:30").param("phone", "0570-1234567")
                        .param("email", "gk@example.gov.cn").param("guideText", "一、公开的主体和范围"))
                .andExpect(status().is3xxRedirection());
        assertThat(agencies.requireByCode(a.code())).extracting(Agency::address, Agency::phone, Agency::guideText)
                .containsExactly("青山县人民路 1 号", "0570-1234567", "一、公开的主体和范围");

        String readOnly = mvc.perform(get("/admin/guide").with(as(drafter))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(readOnly).contains("青山县人民路 1 号", "只有本机构的政务公开管理员可以修改").doesNotContain("name=\"guideText\"");
        mvc.perform(post("/admin/guide").with(csrf()).with(as(drafter)).param("address", "篡改")).andExpect(status().isForbidden());

        String tooLong = mvc.perform(post("/admin/guide").with(csrf()).with(as(admin)).param("address", "长".repeat(201))
                        .param("phone", "0570-7654321"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("办公地址：内容过长，最多 200 个字符", "value=\"0570-7654321\"");
        String badMail = mvc.perform(post("/admin/guide").with(csrf()).with(as(admin)).param("email", "not-an-email"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badMail).contains("电子邮箱格式不正确");
        assertThat(agencies.requireByCode(a.code()).phone()).isEqualTo("0570-1234567");
    }
}
