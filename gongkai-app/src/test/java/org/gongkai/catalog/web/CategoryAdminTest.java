package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.CategoryService;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** 栏目: the catalogue tree and adding a column. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CategoryAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    CategoryService categories;

    @Test
    void the_agency_administrator_adds_a_column_and_drafters_only_look() throws Exception {
        Agency a = county.department("栏目局");
        Officer admin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        Officer drafter = TestCounty.officer(county.user(a, Role.DRAFTER), a);

        String tree = mvc.perform(get("/admin/categories").with(as(drafter))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(tree).contains("政策文件", "ZCWJ", "预算", "行政许可", "XZXK").doesNotContain("name=\"code\"");

        mvc.perform(post("/admin/categories").with(csrf()).with(as(admin)).param("code", "CZXX-SZ").param("name", "三公经费")
                        .param("parent", "CZXX"))
                .andExpect(status().is3xxRedirection());
        assertThat(categories.of(a.code())).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("CZXX-SZ");
            assertThat(c.parentCode()).isEqualTo("CZXX");
        });

        String bad = mvc.perform(post("/admin/categories").with(csrf()).with(as(admin)).param("code", "小写")
                        .param("name", "保留名称"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("栏目代码须为 2 到 40 位", "value=\"保留名称\"", "id=\"code-error\"");
        mvc.perform(post("/admin/categories").with(csrf()).with(as(drafter)).param("code", "ABC").param("name", "越权"))
                .andExpect(status().isForbidden());
    }
}
