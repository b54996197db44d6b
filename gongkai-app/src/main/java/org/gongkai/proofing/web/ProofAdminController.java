package org.gongkai.proofing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.core.proof.Finding;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.web.UserMessages;
import org.gongkai.proofing.CountyRules;
import org.gongkai.proofing.ProofRun;
import org.gongkai.proofing.ProofingService;
import org.gongkai.proofing.SiteScan;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 纠错 in the back office: check a text or a document on demand, the agency's whitelist, the county's
 * own rules, and the site-wide re-check with its report by agency.
 */
@Controller
@RequestMapping("/admin/proofing")
class ProofAdminController {

    private final ProofingService proofing;
    private final SiteScan scan;
    private final CountyRules rules;
    private final AgencyService agencies;
    private final UserMessages messages;

    ProofAdminController(ProofingService proofing, SiteScan scan, CountyRules rules, AgencyService agencies,
                         UserMessages messages) {
        this.proofing = proofing;
        this.scan = scan;
        this.rules = rules;
        this.agencies = agencies;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ check on demand

    @GetMapping
    String check(Model model) {
        model.addAttribute("text", "");
        return "proofing/check";
    }

    @PostMapping
    Object checkText(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
                     Officer officer, Model model) {
        model.addAttribute("text", text == null ? "" : text);
        try {
            List<Finding> findings;
            if (file != null && !file.isEmpty()) {
                findings = proofing.proofreadFile(file.getOriginalFilename(), file.getBytes(), null, officer);
                model.addAttribute("fileName", file.getOriginalFilename());
            } else {
                findings = proofing.proofread(text, null, officer);
                model.addAttribute("checkedText", text);
            }
            List<ProofRun.StoredFinding> stored = findings.stream().map(f -> new ProofRun.StoredFinding(
                    f.location() == null ? "BODY" : "ATTACHMENT:" + (file == null ? "" : file.getOriginalFilename()),
                    f.location(), f.start(), f.end(), f.category().name(), f.severity().name(), f.text(), f.suggestion(),
                    f.message(), f.rule())).toList();
            model.addAttribute("findings", stored);
            return "proofing/check";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            model.addAttribute("problem", messages.problem(e));
            return new ModelAndView("proofing/check", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    // ------------------------------------------------------------------ whitelist

    @GetMapping("/whitelist")
    String whitelist(@RequestParam(required = false) String agency, Officer officer, Model model) {
        Agency a = agencyOf(agency, officer);
        whitelistPage(model, officer, a);
        return "proofing/whitelist";
    }

    @PostMapping("/whitelist")
    Object addTerm(@RequestParam(required = false) String agency, @RequestParam(required = false) String term,
                   Officer officer, Model model, RedirectAttributes redirect) {
        Agency a = agencyOf(agency, officer);
        try {
            proofing.addTerm(a.id(), term, officer);
            redirect.addFlashAttribute("notice", messages.text("proof.whitelist.added", term == null ? "" : term.strip()));
            return "redirect:/admin/proofing/whitelist?agency=" + a.code();
        } catch (BadInputException | ForbiddenException e) {
            model.addAttribute("problem", messages.problem(e));
            model.addAttribute("term", term);
            whitelistPage(model, officer, a);
            return new ModelAndView("proofing/whitelist", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    @PostMapping("/whitelist/remove")
    String removeTerm(@RequestParam(required = false) String agency, @RequestParam(required = false) String term,
                      Officer officer, RedirectAttributes redirect) {
        Agency a = agencyOf(agency, officer);
        proofing.removeTerm(a.id(), term, officer);
        redirect.addFlashAttribute("notice", messages.text("proof.whitelist.removed", term == null ? "" : term.strip()));
        return "redirect:/admin/proofing/whitelist?agency=" + a.code();
    }

    private void whitelistPage(Model model, Officer officer, Agency a) {
        model.addAttribute("agency", a);
        model.addAttribute("terms", proofing.whitelist(a.id(), officer));
        model.addAttribute("agencies", officer.isCountyAdmin() ? agencies.all() : List.of());
    }

    private Agency agencyOf(String code, Officer officer) {
        if (code == null || code.isBlank() || !officer.isCountyAdmin()) {
            return agencies.requireById(officer.agencyId());
        }
        return agencies.requireByCode(code.strip());
    }

    // ------------------------------------------------------------------ county rules

    @GetMapping("/rules")
    String rulesPage(Officer officer, Model model) {
        requireCounty(officer);
        model.addAttribute("rulesText", rules.current());
        model.addAttribute("history", rules.history());
        model.addAttribute("format", rules.formatHelp());
        return "proofing/rules";
    }

    @PostMapping("/rules")
    Object saveRules(@RequestParam(required = false) String rulesText, @RequestParam(required = false) String note,
                     Officer officer, Model model, RedirectAttributes redirect) {
        try {
            rules.save(rulesText, note, officer);
            redirect.addFlashAttribute("notice", messages.text("proof.rules.saved"));
            return "redirect:/admin/proofing/rules";
        } catch (BadInputException | ForbiddenException e) {
            model.addAttribute("problem", messages.problem(e));
            model.addAttribute("rulesText", rulesText);
            model.addAttribute("note", note);
            model.addAttribute("history", rules.history());
            model.addAttribute("format", rules.formatHelp());
            return new ModelAndView("proofing/rules", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    // ------------------------------------------------------------------ site-wide scan

    @GetMapping("/scan")
    String scanPage(Officer officer, Model model) {
        requireCounty(officer);
        model.addAttribute("scan", scan.latest().orElse(null));
        model.addAttribute("report", scan.report(officer));
        return "proofing/scan";
    }

    @PostMapping("/scan")
    String startScan(Officer officer, RedirectAttributes redirect) {
        try {
            scan.start(officer);
            redirect.addFlashAttribute("notice", messages.text("proof.scan.started"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notice", messages.text("proof.scan.running"));
        }
        return "redirect:/admin/proofing/scan";
    }

    private static void requireCounty(Officer officer) {
        if (!officer.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
    }

}
