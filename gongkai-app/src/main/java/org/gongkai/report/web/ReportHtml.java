package org.gongkai.report.web;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.report.ApplicantColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.ApplicationTable;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReviewLitigationTable;
import org.gongkai.core.report.Sections;
import org.gongkai.report.AnnualReport;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;

/**
 * The report as HTML with real tables (th with scope, caption, row and column spans as in the national
 * format), for the published item's body, the back-office preview and the PDF. Built as a string because
 * the same markup must pass the catalogue's sanitizer unchanged (no classes, no styles); every text is
 * escaped.
 */
@Component
public class ReportHtml {

    private final org.springframework.context.MessageSource messages;

    public ReportHtml(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** The body of the report: six sections, narrative paragraphs and the three tables. */
    public String body(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        h(sb, Sections.OVERVIEW);
        paragraphs(sb, r.section1());
        h(sb, Sections.PROACTIVE);
        proactive(sb, r.proactive());
        h(sb, Sections.APPLICATIONS);
        applications(sb, r.applications());
        h(sb, Sections.REVIEW_LITIGATION);
        appeals(sb, r.appeals());
        h(sb, Sections.PROBLEMS);
        paragraphs(sb, r.section5());
        h(sb, Sections.OTHER);
        paragraphs(sb, r.section6());
        if (!r.entered().isEmpty()) {
            sb.append("<p>");
            esc(sb, text("report.entered.note"));
            for (int i = 0; i < r.entered().size(); i++) {
                var f = r.entered().get(i);
                esc(sb, (i == 0 ? "" : "；") + f.block() + " " + f.row() + " " + f.column() + " " + f.value()
                        + messages.getMessage("report.entered.source", new Object[] {f.source()},
                        java.util.Locale.SIMPLIFIED_CHINESE));
            }
            esc(sb, text("report.entered.end"));
            sb.append("</p>");
        }
        return sb.toString();
    }

    /** Links to the public downloads, for the published item's page (they answer once it is published). */
    public String downloads(AnnualReport r) {
        String base = "/reports/" + r.agencyCode() + "/" + r.year();
        String q = "ROLLUP".equals(r.scope()) ? "?scope=ROLLUP" : "";
        StringBuilder sb = new StringBuilder("<p>");
        esc(sb, text("report.download.label"));
        sb.append("<a href=\"").append(base).append(".pdf").append(q).append("\">");
        esc(sb, text("report.download.pdf"));
        sb.append("</a>　<a href=\"").append(base).append(".docx").append(q).append("\">");
        esc(sb, text("report.download.docx"));
        sb.append("</a>　<a href=\"").append(base).append(".xlsx").append(q).append("\">");
        esc(sb, text("report.download.xlsx"));
        sb.append("</a></p>");
        return sb.toString();
    }

    static void proactive(StringBuilder sb, ProactiveTable t) {
        for (ProactiveTable.Block b : t.blocks()) {
            sb.append("<table><caption>");
            esc(sb, b.caption());
            sb.append("</caption><thead><tr>");
            for (String c : b.columns()) {
                sb.append("<th scope=\"col\">");
                esc(sb, c);
                sb.append("</th>");
            }
            sb.append("</tr></thead><tbody>");
            for (ProactiveTable.BlockRow row : b.rows()) {
                sb.append("<tr><th scope=\"row\">");
                esc(sb, row.label());
                sb.append("</th>");
                for (Object v : row.values()) {
                    sb.append("<td>");
                    esc(sb, v == null ? "0" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                    sb.append("</td>");
                }
                sb.append("</tr>");
            }
            sb.append("</tbody></table>");
        }
    }

    static void applications(StringBuilder sb, ApplicationTable t) {
        List<ApplicationRow> rows = ApplicationRow.rows(t.format());
        sb.append("<table><caption>");
        esc(sb, Sections.APPLICATIONS);
        sb.append("</caption><thead><tr><td colspan=\"3\" rowspan=\"3\">");
        esc(sb, ApplicationRow.CHECK_NOTE);
        sb.append("</td><th scope=\"colgroup\" colspan=\"7\">");
        esc(sb, ApplicantColumn.APPLICANT_HEADING);
        sb.append("</th></tr><tr><th scope=\"col\" rowspan=\"2\">");
        esc(sb, ApplicantColumn.NATURAL_PERSON.label());
        sb.append("</th><th scope=\"colgroup\" colspan=\"5\">");
        esc(sb, ApplicantColumn.ORGANISATION_GROUP_LABEL);
        sb.append("</th><th scope=\"col\" rowspan=\"2\">");
        esc(sb, ApplicantColumn.TOTAL_LABEL);
        sb.append("</th></tr><tr>");
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c.isOrganisation()) {
                sb.append("<th scope=\"col\">");
                esc(sb, c.label());
                sb.append("</th>");
            }
        }
        sb.append("</tr></thead><tbody>");
        int resultsRows = (int) rows.stream().filter(r -> r != ApplicationRow.NEW_THIS_YEAR
                && r != ApplicationRow.CARRIED_FROM_LAST_YEAR && r != ApplicationRow.CARRIED_TO_NEXT_YEAR).count();
        boolean resultsOpened = false;
        String openGroup = null;
        for (ApplicationRow row : rows) {
            sb.append("<tr>");
            boolean topLevel = row == ApplicationRow.NEW_THIS_YEAR || row == ApplicationRow.CARRIED_FROM_LAST_YEAR
                    || row == ApplicationRow.CARRIED_TO_NEXT_YEAR;
            if (topLevel) {
                sb.append("<th scope=\"row\" colspan=\"3\">");
                esc(sb, row.label());
                sb.append("</th>");
            } else {
                if (!resultsOpened) {
                    sb.append("<th scope=\"rowgroup\" rowspan=\"").append(resultsRows).append("\">");
                    esc(sb, ApplicationRow.RESULTS_HEADING);
                    sb.append("</th>");
                    resultsOpened = true;
                }
                if (row.group() == null) {
                    sb.append("<th scope=\"row\" colspan=\"2\">");
                    esc(sb, row.printedLabel());
                    sb.append("</th>");
                    openGroup = null;
                } else {
                    if (!row.group().equals(openGroup)) {
                        long size = rows.stream().filter(x -> row.group().equals(x.group())).count();
                        sb.append("<th scope=\"rowgroup\" rowspan=\"").append(size).append("\">");
                        esc(sb, row.group());
                        sb.append("</th>");
                        openGroup = row.group();
                    }
                    sb.append("<th scope=\"row\">");
                    esc(sb, row.printedLabel());
                    sb.append("</th>");
                }
            }
            for (ApplicantColumn c : ApplicantColumn.values()) {
                sb.append("<td>").append(t.get(row, c)).append("</td>");
            }
            sb.append("<td>").append(t.total(row)).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    static void appeals(StringBuilder sb, ReviewLitigationTable t) {
        List<String> results = List.of(ReviewLitigationTable.Result.UPHELD.label(),
                ReviewLitigationTable.Result.CORRECTED.label(), ReviewLitigationTable.Result.OTHER.label(),
                ReviewLitigationTable.Result.PENDING.label(), ReviewLitigationTable.TOTAL_LABEL);
        sb.append("<table><caption>");
        esc(sb, Sections.REVIEW_LITIGATION);
        sb.append("</caption><thead><tr><th scope=\"colgroup\" colspan=\"5\">");
        esc(sb, ReviewLitigationTable.RECONSIDERATION_LABEL);
        sb.append("</th><th scope=\"colgroup\" colspan=\"10\">");
        esc(sb, ReviewLitigationTable.LITIGATION_LABEL);
        sb.append("</th></tr><tr>");
        for (String r : results) {
            sb.append("<th scope=\"col\" rowspan=\"2\">");
            esc(sb, r);
            sb.append("</th>");
        }
        sb.append("<th scope=\"colgroup\" colspan=\"5\">");
        esc(sb, ReviewLitigationTable.Kind.LITIGATION.label());
        sb.append("</th><th scope=\"colgroup\" colspan=\"5\">");
        esc(sb, ReviewLitigationTable.Kind.LITIGATION_AFTER_RECONSIDERATION.label());
        sb.append("</th></tr><tr>");
        for (int k = 0; k < 2; k++) {
            for (String r : results) {
                sb.append("<th scope=\"col\">");
                esc(sb, r);
                sb.append("</th>");
            }
        }
        sb.append("</tr></thead><tbody><tr>");
        for (long v : t.values()) {
            sb.append("<td>").append(v).append("</td>");
        }
        sb.append("</tr></tbody></table>");
    }

    static void h(StringBuilder sb, String text) {
        sb.append("<h2>");
        esc(sb, text);
        sb.append("</h2>");
    }

    static void paragraphs(StringBuilder sb, String text) {
        if (text == null) {
            return;
        }
        for (String p : text.split("\\R")) {
            if (!p.isBlank()) {
                sb.append("<p>");
                esc(sb, p.strip());
                sb.append("</p>");
            }
        }
    }

    static void esc(StringBuilder sb, String s) {
        sb.append(Entities.escape(s == null ? "" : s));
    }
}
