package org.gongkai.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.core.report.ApplicantColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.ApplicationTable;
import org.gongkai.core.report.ConsistencyChecks;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReviewLitigationTable;
import org.gongkai.core.report.ReviewLitigationTable.Kind;
import org.gongkai.core.report.ReviewLitigationTable.Result;
import org.gongkai.core.report.Sections;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.internal.ReportRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Reads every export back with the library a recipient's software stands for (POI for Word/Excel, PDFBox for
 * the PDF) and checks that the numbers of known tables land in the right cells under the national format's
 * header structure. The 2019 report uses the figures of the Shanghai 2019 report (regulations.md §3.5 A); the
 * 2021-format report uses made-up but consistent figures.
 */
class ReportExportsTest {

    static final String SH_OVERVIEW = "2019年，市政府办公厅深入贯彻新修订的《条例》，主动公开政府信息。";
    static final String SH_PROBLEMS = "政策解读的针对性还需加强。";
    static final String SH_OTHER = "无。";

    static ReportExports exports;
    static AnnualReport shanghai2019;
    static AnnualReport county2024;
    static AnnualReport inconsistent;

    @BeforeAll
    static void build() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/admin", "messages/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        exports = new ReportExports(new ReportHtml(messages), messages);

        shanghai2019 = report("上海市人民政府办公厅", 2019, ReportFormat.F2019, shanghaiProactive(), shanghaiApplications(),
                ReviewLitigationTable.builder()
                        .set(Kind.RECONSIDERATION, Result.UPHELD, 5).set(Kind.RECONSIDERATION, Result.PENDING, 2)
                        .set(Kind.LITIGATION, Result.UPHELD, 8).set(Kind.LITIGATION, Result.PENDING, 1).build(),
                SH_OVERVIEW, SH_PROBLEMS, SH_OTHER, List.of());
        county2024 = report("青山县人民政府", 2024, ReportFormat.F2021, countyProactive(), countyApplications().build(),
                ReviewLitigationTable.builder().set(Kind.RECONSIDERATION, Result.CORRECTED, 1)
                        .set(Kind.LITIGATION_AFTER_RECONSIDERATION, Result.PENDING, 2).build(),
                "（一）主动公开\n全年主动公开政府信息1234条。\n\n（二）依申请公开\n全年新收申请66件。",
                "一是答复文书格式不够统一。\n二是部分部门公开不及时。", "本年度收取信息处理费0元。",
                List.of(new ReportRepository.Figure(ProactiveTable.ITEM_5, "行政许可", "本年处理决定数量", "120",
                        "县行政审批局审批系统导出（2025-01-10）", "officer", Instant.parse("2025-01-10T02:00:00Z"))));
        // 总计 of （一）予以公开 typed as 999 where the columns add up to 3: the check sheet must say so
        inconsistent = report("青山县人民政府", 2024, ReportFormat.F2021, countyProactive(),
                countyApplications().setRowTotalExplicitly(ApplicationRow.GRANTED, 999).build(),
                ReviewLitigationTable.empty(), "总体情况。", "问题。", "无。", List.of());
    }

    static AnnualReport report(String agency, int year, ReportFormat format, ProactiveTable p, ApplicationTable a,
                               ReviewLitigationTable r, String s1, String s5, String s6,
                               List<ReportRepository.Figure> entered) {
        return new AnnualReport(1L, "11330998MB0000000X", agency, year, format, "OWN", "PUBLISHED", p, a, r,
                ConsistencyChecks.of(a, r), s1, s5, s6, entered, null, true, 1, LocalDate.of(year + 1, 3, 31), false);
    }

    /** Shanghai 2019, table 二 (2019 columns). */
    static ProactiveTable shanghaiProactive() {
        return ProactiveTable.builder(ReportFormat.F2019)
                .set(ProactiveTable.ITEM_1, "规章", "本年新制作数量", 13).set(ProactiveTable.ITEM_1, "规章", "本年新公开数量", 13)
                .set(ProactiveTable.ITEM_1, "规章", "对外公开总数量", 524)
                .set(ProactiveTable.ITEM_1, "规范性文件", "本年新制作数量", 60)
                .set(ProactiveTable.ITEM_1, "规范性文件", "本年新公开数量", 60)
                .set(ProactiveTable.ITEM_1, "规范性文件", "对外公开总数量", 368)
                .set(ProactiveTable.ITEM_9, "政府集中采购", "采购项目数量", 6)
                .set(ProactiveTable.ITEM_9, "政府集中采购", "采购总金额", new BigDecimal("251000"))
                .build();
    }

    /** Shanghai 2019, table 三: 859 new, 18 carried in, 805 handled, 72 carried on (regulations.md §3.5 A). */
    static ApplicationTable shanghaiApplications() {
        ApplicantColumn np = ApplicantColumn.NATURAL_PERSON;
        ApplicantColumn com = ApplicantColumn.COMMERCIAL_ENTERPRISE;
        ApplicantColumn legal = ApplicantColumn.LEGAL_SERVICE_ORG;
        ApplicantColumn other = ApplicantColumn.OTHER;
        return ApplicationTable.builder(ReportFormat.F2019)
                .set(ApplicationRow.NEW_THIS_YEAR, np, 821).set(ApplicationRow.NEW_THIS_YEAR, com, 35)
                .set(ApplicationRow.NEW_THIS_YEAR, legal, 2).set(ApplicationRow.NEW_THIS_YEAR, other, 1)
                .set(ApplicationRow.CARRIED_FROM_LAST_YEAR, np, 18)
                .set(ApplicationRow.GRANTED, np, 258).set(ApplicationRow.GRANTED, com, 12)
                .set(ApplicationRow.GRANTED, legal, 1).set(ApplicationRow.GRANTED, other, 1)
                .set(ApplicationRow.PARTIALLY_GRANTED, np, 3)
                .set(ApplicationRow.WITHHELD_1, np, 14).set(ApplicationRow.WITHHELD_5, np, 5)
                .set(ApplicationRow.WITHHELD_6, np, 3).set(ApplicationRow.WITHHELD_6, com, 1)
                .set(ApplicationRow.WITHHELD_8, np, 10).set(ApplicationRow.WITHHELD_8, com, 2)
                .set(ApplicationRow.UNABLE_1, np, 252).set(ApplicationRow.UNABLE_1, com, 12)
                .set(ApplicationRow.UNABLE_1, legal, 1)
                .set(ApplicationRow.UNABLE_2, np, 44).set(ApplicationRow.UNABLE_2, com, 3)
                .set(ApplicationRow.UNABLE_3, np, 25)
                .set(ApplicationRow.NOT_PROCESSED_1, np, 148).set(ApplicationRow.NOT_PROCESSED_1, com, 1)
                .set(ApplicationRow.NOT_PROCESSED_2, np, 5).set(ApplicationRow.NOT_PROCESSED_2, com, 4)
                .set(ApplicationRow.CARRIED_TO_NEXT_YEAR, np, 72)
                .build();
    }

    static ProactiveTable countyProactive() {
        return ProactiveTable.builder(ReportFormat.F2021)
                .set(ProactiveTable.ITEM_1, "行政规范性文件", "本年制发件数", 5)
                .set(ProactiveTable.ITEM_1, "行政规范性文件", "本年废止件数", 1)
                .set(ProactiveTable.ITEM_1, "行政规范性文件", "现行有效件数", 25)
                .set(ProactiveTable.ITEM_5, "行政许可", "本年处理决定数量", 120)
                .set(ProactiveTable.ITEM_6, "行政处罚", "本年处理决定数量", 33)
                .set(ProactiveTable.ITEM_8, "行政事业性收费", "本年收费金额（单位：万元）", new BigDecimal("12.50"))
                .build();
    }

    /** 66 new + 2 carried in = 57 handled + 11 carried on. */
    static ApplicationTable.Builder countyApplications() {
        ApplicantColumn np = ApplicantColumn.NATURAL_PERSON;
        ApplicantColumn com = ApplicantColumn.COMMERCIAL_ENTERPRISE;
        ApplicantColumn legal = ApplicantColumn.LEGAL_SERVICE_ORG;
        return ApplicationTable.builder(ReportFormat.F2021)
                .set(ApplicationRow.NEW_THIS_YEAR, np, 58).set(ApplicationRow.NEW_THIS_YEAR, com, 7)
                .set(ApplicationRow.NEW_THIS_YEAR, legal, 1)
                .set(ApplicationRow.CARRIED_FROM_LAST_YEAR, np, 2)
                .set(ApplicationRow.GRANTED, np, 2).set(ApplicationRow.GRANTED, com, 1)
                .set(ApplicationRow.PARTIALLY_GRANTED, np, 16).set(ApplicationRow.PARTIALLY_GRANTED, com, 1)
                .set(ApplicationRow.WITHHELD_5, np, 1)
                .set(ApplicationRow.UNABLE_1, np, 30).set(ApplicationRow.UNABLE_1, com, 3)
                .set(ApplicationRow.NOT_PROCESSED_2, np, 2)
                .set(ApplicationRow.OTHER_1, legal, 1)
                .set(ApplicationRow.CARRIED_TO_NEXT_YEAR, np, 9).set(ApplicationRow.CARRIED_TO_NEXT_YEAR, com, 2);
    }

    @Test
    void the_test_reports_are_what_they_claim() {
        // guards the fixtures: the Shanghai figures are consistent, the third report is not
        assertThat(shanghai2019.consistent()).isTrue();
        assertThat(shanghai2019.applications().total(ApplicationRow.TOTAL)).isEqualTo(805);
        assertThat(county2024.consistent()).isTrue();
        assertThat(inconsistent.consistent()).isFalse();
    }

    // ------------------------------------------------------------------ Word

    @Test
    void word_has_the_title_the_six_headings_and_the_narrative_in_official_fonts() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exports.docx(county2024)))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("青山县人民政府2024年政府信息公开工作年度报告");
            assertThat(doc.getParagraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
            assertThat(paragraphs).containsSubsequence(Sections.HEADINGS);
            assertThat(paragraphs).contains("全年主动公开政府信息1234条。", "一是答复文书格式不够统一。",
                    "二是部分部门公开不及时。", "本年度收取信息处理费0元。");
            // blank lines of the narrative are not turned into empty paragraphs between the text
            assertThat(paragraphs.subList(paragraphs.indexOf(Sections.OVERVIEW), paragraphs.indexOf(Sections.PROACTIVE)))
                    .containsExactly(Sections.OVERVIEW, "（一）主动公开", "全年主动公开政府信息1234条。", "（二）依申请公开",
                            "全年新收申请66件。");
            XWPFRun headingRun = paragraph(doc, Sections.APPLICATIONS).getRuns().get(0);
            assertThat(headingRun.getFontFamily()).isEqualTo("黑体");
            XWPFRun bodyRun = paragraph(doc, "一是答复文书格式不够统一。").getRuns().get(0);
            assertThat(bodyRun.getFontFamily()).isEqualTo("仿宋_GB2312");
            assertThat(bodyRun.getFontSizeAsDouble()).isEqualTo(16.0);
            // the entered figure is listed with its source
            assertThat(String.join("\n", paragraphs)).contains("注：以下数字由工作人员根据其他来源填报：",
                    "第二十条第（五）项 行政许可 本年处理决定数量：120（来源：县行政审批局审批系统导出（2025-01-10））");
            // A4 with the 公文 margins
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) sect.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(((BigInteger) sect.getPgMar().getLeft()).intValue()).isEqualTo(1587);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(county2024.title());
        }
    }

    @Test
    void word_table_three_has_the_official_header_spans_and_the_numbers_in_place() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exports.docx(shanghai2019)))) {
            // 2019: five blocks of table 二, then 三 and 四
            assertThat(doc.getTables()).hasSize(7);
            XWPFTable t = doc.getTables().get(5);
            assertThat(t.getRows()).hasSize(3 + ApplicationRow.rows(ReportFormat.F2019).size());

            XWPFTableRow h0 = t.getRow(0);
            assertThat(h0.getTableCells()).hasSize(2);
            assertThat(h0.getCell(0).getText()).isEqualTo(ApplicationRow.CHECK_NOTE);
            assertThat(span(h0.getCell(0))).isEqualTo(3);
            assertThat(vMerge(h0.getCell(0))).isEqualTo("restart");
            assertThat(h0.getCell(1).getText()).isEqualTo("申请人情况");
            assertThat(span(h0.getCell(1))).isEqualTo(7);
            XWPFTableRow h1 = t.getRow(1);
            assertThat(vMerge(h1.getCell(0))).isEqualTo("continue");
            assertThat(textAt(t, 1, 3)).isEqualTo("自然人");
            assertThat(vMerge(cellAt(t, 1, 3))).isEqualTo("restart");
            assertThat(textAt(t, 1, 4)).isEqualTo("法人或其他组织");
            assertThat(span(cellAt(t, 1, 4))).isEqualTo(5);
            assertThat(textAt(t, 1, 9)).isEqualTo("总计");
            assertThat(List.of(textAt(t, 2, 4), textAt(t, 2, 5), textAt(t, 2, 6), textAt(t, 2, 7), textAt(t, 2, 8)))
                    .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
            assertThat(vMerge(cellAt(t, 2, 9))).isEqualTo("continue");

            int newRow = rowOf(t, "一、本年新收政府信息公开申请数量");
            assertThat(span(cellAt(t, newRow, 0))).isEqualTo(3);
            assertThat(rowValues(t, newRow)).containsExactly("821", "35", "0", "0", "2", "1", "859");
            int total = rowOf(t, "（七）总计");
            assertThat(textAt(t, total, 9)).isEqualTo("805");
            assertThat(textAt(t, total, 3)).isEqualTo("767");
            assertThat(rowValues(t, rowOf(t, "四、结转下年度继续办理"))).containsExactly("72", "0", "0", "0", "0", "0", "72");
            assertThat(rowValues(t, rowOf(t, "1.本机关不掌握相关政府信息")))
                    .containsExactly("252", "12", "0", "0", "1", "0", "265");

            // 三、本年度办理结果 spans the result rows; （三）不予公开 spans its eight sub-rows and is no row of its own
            int results = rowOf(t, "（一）予以公开");
            assertThat(textAt(t, results, 0)).isEqualTo("三、本年度办理结果");
            assertThat(vMerge(cellAt(t, results, 0))).isEqualTo("restart");
            assertThat(vMerge(cellAt(t, total, 0))).isEqualTo("continue");
            int withheld1 = rowOf(t, "1.属于国家秘密");
            assertThat(textAt(t, withheld1, 1)).isEqualTo("（三）不予公开");
            assertThat(vMerge(cellAt(t, withheld1, 1))).isEqualTo("restart");
            for (int r = withheld1 + 1; r < withheld1 + 8; r++) {
                assertThat(vMerge(cellAt(t, r, 1))).isEqualTo("continue");
            }
            assertThat(textAt(t, withheld1 + 8, 1)).isEqualTo("（四）无法提供");
            assertThat(textAt(t, rowOf(t, "3.危及\u201c三安全一稳定\u201d"), 1)).isEmpty();
            // 2019: （六）其他处理 is a single row spanning both label columns
            int other = rowOf(t, "（六）其他处理");
            assertThat(span(cellAt(t, other, 1))).isEqualTo(2);
            assertThat(textAt(t, other, 9)).isEqualTo("0");

            // table 二 (2019): the purchase amount as printed
            XWPFTable purchase = doc.getTables().get(4);
            assertThat(purchase.getRow(0).getCell(0).getText()).isEqualTo("信息内容");
            assertThat(purchase.getRow(1).getCell(0).getText()).isEqualTo("政府集中采购");
            assertThat(purchase.getRow(1).getCell(1).getText()).isEqualTo("6");
            assertThat(purchase.getRow(1).getCell(2).getText()).isEqualTo("251000");
            assertThat(doc.getTables().get(0).getRow(1).getCell(3).getText()).isEqualTo("524");
        }
    }

    @Test
    void word_table_three_in_the_2021_format_groups_the_three_other_rows_and_table_four_has_its_header_tree()
            throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exports.docx(county2024)))) {
            assertThat(doc.getTables()).hasSize(6);
            XWPFTable t = doc.getTables().get(4);
            assertThat(t.getRows()).hasSize(3 + ApplicationRow.rows(ReportFormat.F2021).size());
            int other1 = rowOf(t, ApplicationRow.OTHER_1.label());
            assertThat(textAt(t, other1, 1)).isEqualTo("（六）其他处理");
            assertThat(vMerge(cellAt(t, other1, 1))).isEqualTo("restart");
            assertThat(vMerge(cellAt(t, other1 + 2, 1))).isEqualTo("continue");
            assertThat(rowValues(t, other1)).containsExactly("0", "0", "0", "0", "1", "0", "1");
            assertThat(textAt(t, rowOf(t, "（七）总计"), 9)).isEqualTo("57");
            assertThat(textAt(t, rowOf(t, "四、结转下年度继续办理"), 9)).isEqualTo("11");

            XWPFTable appeals = doc.getTables().get(5);
            assertThat(appeals.getRows()).hasSize(4);
            assertThat(textAt(appeals, 0, 0)).isEqualTo("行政复议");
            assertThat(span(cellAt(appeals, 0, 0))).isEqualTo(5);
            assertThat(textAt(appeals, 0, 5)).isEqualTo("行政诉讼");
            assertThat(span(cellAt(appeals, 0, 5))).isEqualTo(10);
            assertThat(textAt(appeals, 1, 0)).isEqualTo("结果维持");
            assertThat(vMerge(cellAt(appeals, 1, 4))).isEqualTo("restart");
            assertThat(vMerge(cellAt(appeals, 2, 4))).isEqualTo("continue");
            assertThat(textAt(appeals, 1, 5)).isEqualTo("未经复议直接起诉");
            assertThat(span(cellAt(appeals, 1, 5))).isEqualTo(5);
            assertThat(textAt(appeals, 1, 10)).isEqualTo("复议后起诉");
            assertThat(textAt(appeals, 2, 14)).isEqualTo("总计");
            List<String> values = new ArrayList<>();
            for (int c = 0; c < 15; c++) {
                values.add(textAt(appeals, 3, c));
            }
            assertThat(values).containsExactly("0", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "2", "2");
            // 本年收费金额（单位：万元） keeps its decimals
            assertThat(doc.getTables().get(3).getRow(1).getCell(1).getText()).isEqualTo("12.50");
        }
    }

    // ------------------------------------------------------------------ Excel

    @Test
    void excel_has_a_sheet_per_table_with_numeric_cells_and_the_header_merges() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(shanghai2019)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly(Sections.PROACTIVE, Sections.APPLICATIONS, Sections.REVIEW_LITIGATION, "勾稽关系检查");

            XSSFSheet apps = wb.getSheet(Sections.APPLICATIONS);
            Cell applicants = find(apps, "申请人情况");
            assertThat(region(apps, applicants)).isEqualTo(new CellRangeAddress(applicants.getRowIndex(),
                    applicants.getRowIndex(), 3, 9));
            Cell note = find(apps, ApplicationRow.CHECK_NOTE);
            assertThat(region(apps, note)).isEqualTo(new CellRangeAddress(note.getRowIndex(), note.getRowIndex() + 2, 0, 2));
            Cell orgs = find(apps, "法人或其他组织");
            assertThat(region(apps, orgs)).isEqualTo(new CellRangeAddress(orgs.getRowIndex(), orgs.getRowIndex(), 4, 8));
            Cell natural = find(apps, "自然人");
            assertThat(region(apps, natural)).isEqualTo(new CellRangeAddress(natural.getRowIndex(),
                    natural.getRowIndex() + 1, 3, 3));
            Cell withheld = find(apps, "（三）不予公开");
            assertThat(region(apps, withheld)).isEqualTo(new CellRangeAddress(withheld.getRowIndex(),
                    withheld.getRowIndex() + 7, 1, 1));

            Row total = find(apps, "（七）总计").getRow();
            for (int c = 3; c <= 9; c++) {
                assertThat(total.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(767);
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(805);
            // sums work in Excel: a SUM over the six applicant columns gives the 总计 column
            int excelRow = total.getRowNum() + 1;
            Cell sum = total.createCell(12);
            sum.setCellFormula("SUM(D" + excelRow + ":I" + excelRow + ")");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(sum).getNumberValue()).isEqualTo(805);
            Row newRow = find(apps, "一、本年新收政府信息公开申请数量").getRow();
            assertThat(newRow.getCell(9).getNumericCellValue()).isEqualTo(859);
            assertThat(region(apps, newRow.getCell(0)).getLastColumn()).isEqualTo(2);

            XSSFSheet proactive = wb.getSheet(Sections.PROACTIVE);
            Row purchase = find(proactive, "政府集中采购").getRow();
            assertThat(purchase.getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(purchase.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(purchase.getCell(2).getNumericCellValue()).isEqualTo(251000);
            assertThat(find(proactive, "规章").getRow().getCell(3).getNumericCellValue()).isEqualTo(524);
            // the block captions are rows spanning their block, one block under another
            Cell item9 = find(proactive, ProactiveTable.ITEM_9);
            assertThat(region(proactive, item9).getLastColumn()).isEqualTo(2);
            assertThat(find(proactive, ProactiveTable.ITEM_1).getRowIndex()).isLessThan(item9.getRowIndex());

            XSSFSheet appeals = wb.getSheet(Sections.REVIEW_LITIGATION);
            Cell direct = find(appeals, "未经复议直接起诉");
            assertThat(region(appeals, direct)).isEqualTo(new CellRangeAddress(direct.getRowIndex(), direct.getRowIndex(), 5, 9));
            Cell litigation = find(appeals, "行政诉讼");
            assertThat(region(appeals, litigation).getLastColumn()).isEqualTo(14);
            Row values = appeals.getRow(direct.getRowIndex() + 2);
            assertThat(values.getCell(4).getNumericCellValue()).isEqualTo(7);
            assertThat(values.getCell(9).getNumericCellValue()).isEqualTo(9);
            assertThat(values.getCell(14).getNumericCellValue()).isZero();
        }
    }

    @Test
    void excel_check_sheet_lists_every_rule_with_its_outcome_and_numbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(inconsistent)))) {
            XSSFSheet checks = wb.getSheet("勾稽关系检查");
            assertThat(checks).isNotNull();
            List<ConsistencyChecks.CheckResult> expected = inconsistent.checks();
            assertThat(checks.getLastRowNum()).isEqualTo(2 + expected.size());
            assertThat(checks.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("勾稽关系检查：共 " + expected.size() + " 项，不成立 "
                            + expected.stream().filter(c -> !c.holds()).count() + " 项");
            assertThat(List.of(cellText(checks, 2, 0), cellText(checks, 2, 1), cellText(checks, 2, 2), cellText(checks, 2, 3)))
                    .containsExactly("序号", "规则", "结果", "计算");
            int failures = 0;
            for (int i = 0; i < expected.size(); i++) {
                Row row = checks.getRow(3 + i);
                ConsistencyChecks.CheckResult c = expected.get(i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.rule());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(c.holds() ? "成立" : "不成立");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(c.detail());
                if (!c.holds()) {
                    failures++;
                    assertThat(c.detail()).contains("999");
                }
            }
            assertThat(failures).isPositive();
            // the 999 typed in is exported as typed, not recomputed
            Row granted = find(wb.getSheet(Sections.APPLICATIONS), "（一）予以公开").getRow();
            assertThat(granted.getCell(9).getNumericCellValue()).isEqualTo(999);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(county2024)))) {
            // entered figures get their own sheet, the number as a number
            XSSFSheet entered = wb.getSheet("填报数字来源");
            assertThat(entered).isNotNull();
            assertThat(entered.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(120);
            assertThat(entered.getRow(3).getCell(4).getStringCellValue()).isEqualTo("县行政审批局审批系统导出（2025-01-10）");
            XSSFSheet checks = wb.getSheet("勾稽关系检查");
            for (int r = 3; r <= checks.getLastRowNum(); r++) {
                assertThat(checks.getRow(r).getCell(2).getStringCellValue()).isEqualTo("成立");
            }
            assertThat(find(wb.getSheet(Sections.PROACTIVE), "行政事业性收费").getRow().getCell(1).getNumericCellValue())
                    .isEqualTo(12.5);
        }
    }

    // ------------------------------------------------------------------ PDF

    @Test
    void pdf_text_has_the_chinese_headings_and_numbers_with_the_bundled_font_embedded() throws Exception {
        byte[] pdf = exports.pdf(shanghai2019);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("上海市人民政府办公厅2019年政府信息公开工作年度报告");
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("上海市人民政府办公厅2019年政府信息公开工作年度报告");
            for (String h : Sections.HEADINGS) {
                assertThat(text).contains(h);
            }
            assertThat(text).contains("申请人情况", "法人或其他组织", "未经复议直接起诉", "（七）总计", "政府集中采购",
                    "政策解读的针对性还需加强。");
            // numbers as whole cells, not as part of a longer number
            for (String n : List.of("805", "859", "251000", "767", "524")) {
                assertThat(text).containsPattern("(?<!\\d)" + n + "(?!\\d)");
            }

            int fonts = 0;
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    fonts++;
                    assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                    assertThat(cid.getFontDescriptor().getFontFile2()).as(font.getName()).isNotNull();
                    names.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertThat(fonts).isPositive();
            // Chinese from the bundled Droid font, digits from the bundled Liberation Sans, nothing else
            assertThat(names).allMatch(n -> n.startsWith("DroidSansFallback") || n.startsWith("LiberationSans"))
                    .anyMatch(n -> n.startsWith("DroidSansFallback")).anyMatch(n -> n.startsWith("LiberationSans"));
        }
        // a subset, not the whole 4 MB font in every download
        assertThat(pdf.length).isLessThan(1_500_000);
    }

    @Test
    void pdf_of_the_2021_format_shows_the_other_rows_and_the_entered_figure_note() throws Exception {
        try (PDDocument doc = Loader.loadPDF(exports.pdf(county2024))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("青山县人民政府2024年政府信息公开工作年度报告", "（六）其他处理",
                    "3.其他", "本年收费金额（单位：万元）", "12.50", "注：以下数字由工作人员根据其他来源填报",
                    "县行政审批局审批系统导出");
        }
    }

    @Test
    void the_pdf_source_is_a_complete_xhtml_document() {
        String x = exports.xhtml(county2024);
        assertThat(x).startsWith("<!DOCTYPE html>").contains("lang=\"zh-CN\"", "<meta charset=\"UTF-8\"/>",
                "<title>青山县人民政府2024年政府信息公开工作年度报告</title>",
                "font-family: 'Liberation Sans', 'Droid Sans Fallback'",
                "size: A4").endsWith("</body></html>");
    }

    // ------------------------------------------------------------------ helpers

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    static int span(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? ((BigInteger) pr.getGridSpan().getVal()).intValue() : 1;
    }

    /** "restart", "continue" or "" (no vMerge). */
    static String vMerge(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return "";
        }
        return pr.getVMerge().getVal() == STMerge.RESTART ? "restart" : "continue";
    }

    /** The w:tc that covers a grid column of a row, walking the gridSpans as Word does. */
    static XWPFTableCell cellAt(XWPFTable t, int row, int gridCol) {
        int c = 0;
        for (XWPFTableCell cell : t.getRow(row).getTableCells()) {
            int s = span(cell);
            if (gridCol < c + s) {
                return cell;
            }
            c += s;
        }
        throw new AssertionError("row " + row + " has no grid column " + gridCol);
    }

    static String textAt(XWPFTable t, int row, int gridCol) {
        return cellAt(t, row, gridCol).getText();
    }

    static int rowOf(XWPFTable t, String label) {
        for (int r = 0; r < t.getRows().size(); r++) {
            for (XWPFTableCell c : t.getRow(r).getTableCells()) {
                if (c.getText().equals(label)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    /** The seven number columns of a table-三 row. */
    static List<String> rowValues(XWPFTable t, int row) {
        List<String> out = new ArrayList<>();
        for (int c = 3; c < 10; c++) {
            out.add(textAt(t, row, c));
        }
        return out;
    }

    static Cell find(XSSFSheet s, String text) {
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no cell \"" + text + "\" on sheet " + s.getSheetName());
    }

    static CellRangeAddress region(XSSFSheet s, Cell c) {
        for (CellRangeAddress a : s.getMergedRegions()) {
            if (a.isInRange(c)) {
                return a;
            }
        }
        throw new AssertionError("cell " + c.getAddress() + " is not merged");
    }

    static String cellText(XSSFSheet s, int r, int c) {
        return s.getRow(r).getCell(c).getStringCellValue();
    }
}
