package org.gongkai.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReviewLitigationTable;
import org.gongkai.core.report.Sections;
import org.gongkai.core.review.Role;
import org.gongkai.report.AnnualReportService;
import org.gongkai.report.internal.ReportCodec;
import org.gongkai.report.internal.ReportRepository;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The download routes through the real security chain and the real {@link AnnualReportService}: officers get
 * their own agency's report in every state, the public only a published one, anonymous visitors never the
 * back-office route.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportExportsDownloadTest {

    /** A 2021-format year that is always in the past of the system clock. */
    static final int YEAR = 2023;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    ReportRepository reports;
    @Autowired
    JdbcClient jdbc;

    Officer drafterOf(Agency a) {
        return TestCounty.officer(county.user(a, Role.DRAFTER), a);
    }

    static String title(Agency a, int year) {
        return a.name() + year + "年政府信息公开工作年度报告";
    }

    static void assertAttachment(MockHttpServletResponse res, String fileName) {
        String cd = res.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(cd).startsWith("attachment;");
        // RFC 5987: the Chinese name percent-encoded as UTF-8
        assertThat(cd).contains("filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void an_officer_downloads_the_draft_of_their_own_agency_in_all_three_formats() throws Exception {
        Agency dept = county.department("报告导出局");
        Officer officer = drafterOf(dept);
        String base = "/admin/reports/" + dept.code() + "/" + YEAR;

        MockHttpServletResponse docx = mvc.perform(get(base + ".docx").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(docx.getContentType()).isEqualTo(ReportExportController.DOCX.toString());
        assertAttachment(docx, title(dept, YEAR) + ".docx");
        assertThat(docx.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(title(dept, YEAR));
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList()).containsAll(Sections.HEADINGS);
            assertThat(doc.getTables()).hasSize(6);
        }

        MockHttpServletResponse xlsx = mvc.perform(get(base + ".xlsx?scope=OWN").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo(ReportExportController.XLSX.toString());
        assertAttachment(xlsx, title(dept, YEAR) + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(wb.getSheet(Sections.APPLICATIONS)).isNotNull();
            assertThat(wb.getSheet("勾稽关系检查")).isNotNull();
        }

        MockHttpServletResponse pdf = mvc.perform(get(base + ".pdf").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertAttachment(pdf, title(dept, YEAR) + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title(dept, YEAR));
        }
    }

    @Test
    void officers_of_another_agency_get_not_found_and_anonymous_visitors_are_sent_to_sign_in() throws Exception {
        Agency dept = county.department("报告隔离局");
        Agency other = county.department("报告他局");
        String url = "/admin/reports/" + dept.code() + "/" + YEAR + ".pdf";
        mvc.perform(get(url).with(as(drafterOf(other)))).andExpect(status().isNotFound());
        MockHttpServletResponse anonymous = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401);
        if (anonymous.getStatus() == 302) {
            assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        }
        assertThat(anonymous.getContentType()).isNotEqualTo("application/pdf");
        // the county administrator may download any agency's report
        mvc.perform(get(url).with(as(county.countyAdmin()))).andExpect(status().isOk());
        // an unknown format is no route at all
        mvc.perform(get("/admin/reports/" + dept.code() + "/" + YEAR + ".doc").with(as(drafterOf(dept))))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_public_gets_only_a_published_report() throws Exception {
        Agency dept = county.department("报告公开局");
        String base = "/reports/" + dept.code() + "/" + YEAR;
        // nothing saved yet, then a draft: both do not exist for the public
        mvc.perform(get(base + ".pdf")).andExpect(status().isNotFound());
        long id = reports.insert(dept.id(), YEAR, AnnualReportService.OWN, "本年度总体情况。", "存在的问题。", "无。",
                "test", Instant.now());
        mvc.perform(get(base + ".docx")).andExpect(status().isNotFound());
        mvc.perform(get(base + ".xlsx")).andExpect(status().isNotFound());

        // published with frozen tables (as the review chain leaves it): 98 new applications, 7 reconsiderations
        ReportCodec.Tables frozen = new ReportCodec.Tables(ReportFormat.F2021, ReportExportsTest.countyProactive(),
                ReportExportsTest.countyApplications()
                        .add(org.gongkai.core.report.ApplicationRow.NEW_THIS_YEAR,
                                org.gongkai.core.report.ApplicantColumn.NATURAL_PERSON, 32)
                        .add(org.gongkai.core.report.ApplicationRow.CARRIED_TO_NEXT_YEAR,
                                org.gongkai.core.report.ApplicantColumn.NATURAL_PERSON, 32).build(),
                ReviewLitigationTable.builder().set(ReviewLitigationTable.Kind.RECONSIDERATION,
                        ReviewLitigationTable.Result.UPHELD, 7).build());
        jdbc.sql("UPDATE annual_report SET status = 'PUBLISHED', frozen_json = ? WHERE id = ?")
                .params(ReportCodec.write(frozen), id).update();

        MockHttpServletResponse pdf = mvc.perform(get(base + ".pdf")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertAttachment(pdf, title(dept, YEAR) + ".pdf");
        // not a public page: neither the ETag filter nor the rendered-page cache take it
        assertThat(pdf.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(pdf.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache").doesNotContain("public");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(title(dept, YEAR), "本年度总体情况。", Sections.REVIEW_LITIGATION)
                    .containsPattern("(?<!\\d)98(?!\\d)");
        }
        // a second download is generated again and is still the PDF (nothing replayed with another type)
        MockHttpServletResponse again = mvc.perform(get(base + ".pdf")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(again.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(again.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        MockHttpServletResponse docx = mvc.perform(get(base + ".docx")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(docx.getContentType()).isEqualTo(ReportExportController.DOCX.toString());
        assertAttachment(docx, title(dept, YEAR) + ".docx");
        MockHttpServletResponse xlsx = mvc.perform(get(base + ".xlsx")).andExpect(status().isOk()).andReturn().getResponse();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(wb.getSheet(Sections.REVIEW_LITIGATION).getRow(5).getCell(0).getNumericCellValue()).isEqualTo(7);
        }
        // the published report of the roll-up scope does not exist
        mvc.perform(get(base + ".pdf?scope=ROLLUP")).andExpect(status().isNotFound());
        // unknown agency
        mvc.perform(get("/reports/NO-SUCH-AGENCY/" + YEAR + ".pdf")).andExpect(status().isNotFound());
    }
}
