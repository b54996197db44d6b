package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.web.FormProblem;
import org.gongkai.platform.web.UserMessages;
import org.gongkai.portal.CountyDirectory;
import org.gongkai.request.Applicant;
import org.gongkai.request.OnlineApplication;
import org.gongkai.request.PublicRequests;
import org.gongkai.request.Registered;
import org.gongkai.request.internal.SubmissionGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 依申请公开 for the public: the start page (what can be asked, how the date of receipt and the 20
 * working days work, which agency to ask), the application form of one agency, and the one-time
 * confirmation with the tracking number and query code. The form works without JavaScript; a refused
 * submission comes back with everything typed and the problem named at the top and at the field.
 * None of these pages is cached anywhere ({@code no-store}): they carry a CSRF token, a one-time
 * question or, on the confirmation, the applicant's code.
 */
@Controller
class ApplyController {

    /** The form's fields, named like the {@code BadInputException} fields so an error finds its input. */
    static final List<String> FIELDS = List.of("applicant.type", "applicant.name", "applicant.idType",
            "applicant.idNumber", "applicant.orgCode", "applicant.contactPerson", "applicant.phone", "applicant.email",
            "applicant.address", "applicant.postalCode", "description", "purpose", "preferredForm", "delivery",
            "consent", "challenge");
    /** The honeypot: hidden from people and from assistive technology, left empty by everyone but scripts. */
    static final String HONEYPOT = "homepage";

    private final CountyDirectory directory;
    private final PublicRequests requests;
    private final SubmissionGuard guard;
    private final UserMessages messages;

    ApplyController(CountyDirectory directory, PublicRequests requests, SubmissionGuard guard, UserMessages messages) {
        this.directory = directory;
        this.requests = requests;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/apply")
    String start(Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("groups", directory.byKind());
        return "request/start";
    }

    @GetMapping("/apply/{agencyCode}")
    String form(@PathVariable String agencyCode, Model model, HttpServletResponse response) {
        noStore(response);
        Agency agency = directory.require(agencyCode);
        Map<String, String> form = new LinkedHashMap<>();
        // the usual case preselected; nothing the applicant must think about is preselected silently
        form.put("applicant.type", ApplicantType.NATURAL_PERSON.name());
        form.put("applicant.idType", "ID_CARD");
        return show(agency, form, null, model);
    }

    @PostMapping("/apply/{agencyCode}")
    String submit(@PathVariable String agencyCode, @RequestParam Map<String, String> params, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        noStore(response);
        Agency agency = directory.require(agencyCode);
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = params.get(f);
            if (v != null && !f.equals("challenge")) {
                form.put(f, v);
            }
        }
        String address = request.getRemoteAddr();
        String honeypot = params.get(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            response.setStatus(400);
            return show(agency, form, general("apply.refused.honeypot"), model);
        }
        if (guard.addressExhausted(address)) {
            response.setStatus(429);
            return show(agency, form, general("apply.limit.address", guard.addressLimit()), model);
        }
        SubmissionGuard.ChallengeResult answer = guard.check(params.get("challengeToken"), params.get("challenge"));
        if (answer != SubmissionGuard.ChallengeResult.OK) {
            response.setStatus(400);
            return show(agency, form, problem("challenge", answer == SubmissionGuard.ChallengeResult.EXPIRED
                    ? "apply.challenge.expired" : "apply.challenge.wrong"), model);
        }
        if (!"on".equals(form.get("consent")) && !"true".equals(form.get("consent"))) {
            response.setStatus(400);
            return show(agency, form, problem("consent", "apply.consent.required"), model);
        }
        String applicantKey = SubmissionGuard.applicantKey(form.get("applicant.idNumber"), form.get("applicant.phone"),
                form.get("applicant.email"));
        SubmissionGuard.Refusal refusal = guard.reserve(address, applicantKey);
        if (refusal != SubmissionGuard.Refusal.NONE) {
            response.setStatus(429);
            return show(agency, form, refusal == SubmissionGuard.Refusal.ADDRESS
                    ? general("apply.limit.address", guard.addressLimit())
                    : general("apply.limit.applicant", guard.applicantLimit()), model);
        }
        Registered registered;
        try {
            registered = requests.submit(application(agency, form));
        } catch (BadInputException e) {
            // a refused application does not use up the applicant's allowance
            guard.release(address, applicantKey);
            response.setStatus(400);
            return show(agency, form, messages.problem(e), model);
        } catch (RuntimeException e) {
            guard.release(address, applicantKey);
            throw e;
        }
        // flash attributes, not the URL: the code must not end up in browser history, proxies or logs
        redirect.addFlashAttribute("trackingNo", registered.request().trackingNo());
        redirect.addFlashAttribute("secretCode", registered.secretCode());
        redirect.addFlashAttribute("agencyName", registered.request().agencyName());
        return "redirect:/apply/done";
    }

    /** Shown once, right after the submission; a reload finds the flash attributes gone. */
    @GetMapping("/apply/done")
    String done(Model model, HttpServletResponse response) {
        noStore(response);
        return "request/done";
    }

    private String show(Agency agency, Map<String, String> form, FormProblem problem, Model model) {
        SubmissionGuard.Challenge challenge = guard.challenge();
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("challengeQuestion", messages.text(challenge.plus() ? "apply.challenge.plus"
                : "apply.challenge.minus", challenge.left(), challenge.right()));
        model.addAttribute("challengeToken", challenge.token());
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", List.of("ID_CARD", "OTHER"));
        model.addAttribute("forms", List.of("ELECTRONIC", "PAPER", "INSPECTION"));
        model.addAttribute("deliveries", List.of("ONLINE", "EMAIL", "POST", "PICKUP"));
        model.addAttribute("honeypot", HONEYPOT);
        return "request/form";
    }

    private static OnlineApplication application(Agency agency, Map<String, String> f) {
        ApplicantType type;
        try {
            type = f.get("applicant.type") == null ? null : ApplicantType.valueOf(f.get("applicant.type"));
        } catch (IllegalArgumentException e) {
            type = null;
        }
        Applicant applicant = new Applicant(type, f.get("applicant.name"), f.get("applicant.idType"),
                f.get("applicant.idNumber"), f.get("applicant.orgCode"), f.get("applicant.contactPerson"),
                f.get("applicant.phone"), f.get("applicant.email"), f.get("applicant.address"),
                f.get("applicant.postalCode"));
        return new OnlineApplication(agency.code(), applicant, f.get("description"), f.get("purpose"),
                f.get("preferredForm"), f.get("delivery"));
    }

    private FormProblem problem(String field, String key) {
        String label = messages.label(field);
        String message = messages.text(key);
        return new FormProblem(field, label, message, messages.text("error.field", label, message));
    }

    private FormProblem general(String key, Object... args) {
        String message = messages.text(key, args);
        return new FormProblem(null, "", message, message);
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
