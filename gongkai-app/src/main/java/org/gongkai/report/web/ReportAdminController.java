package org.gongkai.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.web.UserMessages;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.AnnualReportService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 年度报告 in the back office: the list of an agency's reports and, for the county, every agency's status
 * with late ones flagged; a report's page with its tables, checks and narrative editor, figures entered
 * with their source, submission into the review chain, and the exports.
 */
@Controller
@RequestMapping("/admin/reports")
class ReportAdminController {

    private final AnnualReportService reports;
    private final AgencyService agencies;
    private final ReportHtml html;
    private final UserMessages messages;
    private final Clock clock;

    ReportAdminController(AnnualReportService reports, AgencyService agencies, ReportHtml html, UserMessages messages,
                          Clock clock) {
        this.reports = reports;
        this.agencies = agencies;
        this.html = html;
        this.messages = messages;
        this.clock = clock;
    }

    /** One editable cell of table 二: block caption, row and column. */
    public record Cell(String block, String row, String column) {
        public String key() {
            return block + "|" + row + "|" + column;
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Officer officer, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        List<Integer> years = new ArrayList<>();
        for (int i = LocalDate.now(clock).getYear(); i >= ReportFormat.FIRST_YEAR; i--) {
            years.add(i);
        }
        Agency own = agencies.requireById(officer.agencyId());
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("own", own);
        model.addAttribute("hasChildren", !agencies.children(own.id()).isEmpty());
        model.addAttribute("statuses", officer.isCountyAdmin() ? reports.statuses(y, officer) : List.of());
        return "report/list";
    }

    @GetMapping("/{code}/{year:\\d+}")
    String view(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String scope,
                Officer officer, Model model) {
        page(model, reports.report(code, year, scope, officer), null, null, null);
        return "report/report";
    }

    @PostMapping("/{code}/{year}/text")
    Object saveText(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String scope,
                    @RequestParam(required = false) String section1, @RequestParam(required = false) String section5,
                    @RequestParam(required = false) String section6, @RequestParam(required = false) Integer version,
                    Officer officer, Model model, RedirectAttributes redirect) {
        return act(code, year, scope, officer, model, redirect, "admin.report.saved", new String[] {section1, section5, section6},
                () -> reports.saveText(code, year, scope, section1, section5, section6, version, officer));
    }

    @PostMapping("/{code}/{year}/figures")
    Object figure(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String scope,
                  @RequestParam(required = false) String cell, @RequestParam(required = false) String value,
                  @RequestParam(required = false) String source, Officer officer, Model model,
                  RedirectAttributes redirect) {
        return act(code, year, scope, officer, model, redirect, "admin.report.figureSaved", null, () -> {
            String[] parts = cell == null ? new String[0] : cell.split("\\|", -1);
            if (parts.length != 3) {
                throw new BadInputException("value", "report.figure.cell.invalid", String.valueOf(cell), "");
            }
            reports.enterFigure(code, year, scope, parts[0], parts[1], parts[2], value, source, officer);
        });
    }

    @PostMapping("/{code}/{year}/submit")
    Object submit(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String scope,
                  Officer officer, Model model, RedirectAttributes redirect) {
        return act(code, year, scope, officer, model, redirect, "admin.report.submitted", null,
                () -> reports.submit(code, year, scope, officer));
    }

    @PostMapping("/{code}/{year}/reopen")
    Object reopen(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String scope,
                  Officer officer, Model model, RedirectAttributes redirect) {
        return act(code, year, scope, officer, model, redirect, "admin.report.reopened", null,
                () -> reports.reopen(code, year, scope, officer));
    }

    /**
     * Runs an officer's action on the report: back to the report with a notice, or the report again with the refusal
     * (and what the officer typed) and the refusal's status — nothing saved.
     */
    private Object act(String code, int year, String scope, Officer officer, Model model, RedirectAttributes redirect,
                       String noticeKey, String[] typed, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.text(noticeKey));
            return redirect(code, year, scope);
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, code, year, scope, officer, e, typed);
        }
    }

    private ModelAndView refused(Model model, String code, int year, String scope, Officer officer, GongkaiException e,
                                 String[] typed) {
        model.addAttribute("problem", messages.problem(e));
        page(model, reports.report(code, year, scope, officer), typed == null ? null : typed[0],
                typed == null ? null : typed[1], typed == null ? null : typed[2]);
        return new ModelAndView("report/report", model.asMap(), HttpStatus.valueOf(e.status()));
    }

    private void page(Model model, AnnualReport r, String s1, String s5, String s6) {
        model.addAttribute("r", r);
        model.addAttribute("bodyHtml", html.body(r));
        model.addAttribute("s1", s1 != null ? s1 : r.section1());
        model.addAttribute("s5", s5 != null ? s5 : r.section5());
        model.addAttribute("s6", s6 != null ? s6 : r.section6());
        List<Cell> cells = new ArrayList<>();
        for (ProactiveTable.Block b : ProactiveTable.empty(r.format()).blocks()) {
            for (ProactiveTable.BlockRow row : b.rows()) {
                if (row.label().contains("规范性文件")) {
                    continue; // counted from the catalogue
                }
                for (String column : b.columns().subList(1, b.columns().size())) {
                    cells.add(new Cell(b.caption(), row.label(), column));
                }
            }
        }
        model.addAttribute("cells", cells);
        model.addAttribute("editable", "DRAFT".equals(r.status()) || "NOT_STARTED".equals(r.status()));
    }

    private static String redirect(String code, int year, String scope) {
        return "redirect:/admin/reports/" + code + "/" + year + (scope == null || scope.isBlank() ? "" : "?scope=" + scope);
    }
}
