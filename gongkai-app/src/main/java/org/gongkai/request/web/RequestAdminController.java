package org.gongkai.request.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.core.fee.ProcessingFee;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.ConsultationKind;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.request.RequestStatus;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.Page;
import org.gongkai.platform.web.UserMessages;
import org.gongkai.request.Registered;
import org.gongkai.request.ReplyService;
import org.gongkai.request.RequestCommand;
import org.gongkai.request.RequestService;
import org.gongkai.request.RequestStatuses;
import org.gongkai.request.RequestSummary;
import org.gongkai.request.RequestView;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 依申请公开 in the back office: the queue (overdue and due-soon first), registering paper and other
 * applications, the request page with its clock explained and its actions, the reply letter
 * (draft → edit → sign-off → reply), released files, 行政复议/诉讼 records, the county overview and the
 * help page with the clock rules. Rules live in {@link RequestService}/{@link ReplyService}; a refusal is
 * shown on the page the officer was using, with what they typed kept.
 */
@Controller
@RequestMapping("/admin/requests")
class RequestAdminController {

    private final RequestService requests;
    private final ReplyService replies;
    private final AgencyService agencies;
    private final UserMessages messages;
    private final LetterDocument letterDocument;
    private final DeadlineText deadlineText;

    RequestAdminController(RequestService requests, ReplyService replies, AgencyService agencies, UserMessages messages,
                           LetterDocument letterDocument, DeadlineText deadlineText) {
        this.requests = requests;
        this.replies = replies;
        this.agencies = agencies;
        this.messages = messages;
        this.letterDocument = letterDocument;
        this.deadlineText = deadlineText;
    }

    // ------------------------------------------------------------------ queue

    @GetMapping
    String queue(@RequestParam(defaultValue = "open") String view, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String agency, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Integer page, Officer officer, Model model) {
        boolean open = !"all".equals(view);
        String st = status == null || status.isBlank() || !validStatus(status) ? null : status;
        Page<RequestSummary> result = requests.queue(officer, officer.isCountyAdmin() ? agency : null, st, open, q, page, 30);
        model.addAttribute("result", result);
        model.addAttribute("view", open ? "open" : "all");
        model.addAttribute("status", st == null ? "" : st);
        model.addAttribute("agency", agency == null ? "" : agency);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("statuses", statuses());
        model.addAttribute("agencies", officer.isCountyAdmin() ? agencies.all() : List.of());
        model.addAttribute("overdueCount", result.content().stream().filter(RequestSummary::overdue).count());
        model.addAttribute("dueSoonCount", result.content().stream().filter(RequestSummary::dueSoon).count());
        model.addAttribute("canRegister", RequestService.canHandle(officer.agencyId(), officer));
        return "request/admin-queue";
    }

    @GetMapping("/overview")
    String overview(Officer officer, Model model) {
        model.addAttribute("rows", requests.overview(officer));
        model.addAttribute("today", requests.today());
        return "request/admin-overview";
    }

    @GetMapping("/help")
    String help(Model model) {
        model.addAttribute("channels", Channel.values());
        return "request/admin-help";
    }

    // ------------------------------------------------------------------ registration

    @GetMapping("/new")
    String newRequest(Officer officer, Model model) {
        formPage(model, RequestForm.blank(officer.agencyCode(), requests.today()));
        return "request/admin-form";
    }

    @PostMapping
    Object register(RequestForm form, Officer officer, Model model, RedirectAttributes redirect) {
        try {
            Registered r = requests.register(form.toNewRequest(), officer);
            redirect.addFlashAttribute("secretCode", r.secretCode());
            redirect.addFlashAttribute("notice", messages.text("admin.request.registered", r.request().trackingNo()));
            return "redirect:/admin/requests/" + r.request().trackingNo() + "/receipt";
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            model.addAttribute("problem", messages.problem(e));
            formPage(model, form);
            return new ModelAndView("request/admin-form", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    /** 受理回执: printable; the query code appears only right after registration (flash attribute). */
    @GetMapping("/{no}/receipt")
    String receipt(@PathVariable String no, Officer officer, Model model) {
        model.addAttribute("r", requests.get(no, officer));
        return "request/admin-receipt";
    }

    // ------------------------------------------------------------------ the request page

    @GetMapping("/{no}")
    String view(@PathVariable String no, Officer officer, Model model) {
        page(model, officer, requests.get(no, officer), ActionForm.empty(), null);
        return "request/admin-request";
    }

    @PostMapping("/{no}/confirm")
    Object confirm(@PathVariable String no, @RequestParam(required = false) String receivedOn,
                   @RequestParam(required = false) String receivedReason, Officer officer, Model model,
                   RedirectAttributes redirect) {
        RequestView r = requests.get(no, officer);
        try {
            requests.confirm(no, RequestForm.date("receivedOn", receivedOn), receivedReason, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.request.confirmed"));
            return "redirect:/admin/requests/" + no;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, r, ActionForm.empty(), "confirm", e);
        }
    }

    @PostMapping("/{no}/actions")
    Object act(@PathVariable String no, ActionForm form, Officer officer, Model model, RedirectAttributes redirect) {
        RequestView r = requests.get(no, officer);
        try {
            if ("FEE_NOTICE".equals(form.type())) {
                // the amount is computed by the chosen method, never typed (109号 第三条: one method, never both)
                RequestService.FeeQuote q = requests.processingFee(no, form.feeMethod(),
                        ActionForm.integer("pages", form.pages()), officer);
                form = form.withFee(q.yuan(), messages.text("fee.basis." + q.method(), q.basis(), q.yuan()));
            }
            RequestCommand c = form.toCommand();
            if (c.type() == RequestAction.REPLY) {
                // the web reply goes through the signed letter (see reply()); direct replies are for the API
                throw new BadInputException("type", "request.action.unknown", c.type().name());
            }
            requests.act(no, c, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.request.done",
                    messages.text("action." + c.type().name())));
            return "redirect:/admin/requests/" + no;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, r, form, form.type(), e);
        }
    }

    // ------------------------------------------------------------------ letter and reply

    @PostMapping("/{no}/letter/draft")
    Object draftLetter(@PathVariable String no, @RequestParam(required = false) String replyType,
                       @RequestParam(required = false) String ground, Officer officer, Model model,
                       RedirectAttributes redirect) {
        RequestView r = requests.get(no, officer);
        try {
            ReplyType type = RequestForm.parse(ReplyType.class, "replyType", replyType);
            ReplyGround g = type == null || !type.hasGrounds() ? null : RequestForm.parse(ReplyGround.class, "ground", ground);
            replies.draftLetter(no, type, g, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.letter.drafted"));
            return "redirect:/admin/requests/" + no + "/letter";
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            ActionForm form = new ActionForm("", "", "", "", "", replyType, ground, "", "", "", "", "", "", "", "");
            return refused(model, officer, r, form, "letter", e);
        }
    }

    @GetMapping("/{no}/letter")
    String letter(@PathVariable String no, Officer officer, Model model) {
        RequestView r = requests.get(no, officer);
        if (r.letter() == null) {
            throw new ConflictException("letter.none");
        }
        model.addAttribute("r", r);
        model.addAttribute("groundLabel", groundLabel(r));
        model.addAttribute("body", r.letter().body());
        model.addAttribute("canHandle", RequestService.canHandle(r.agencyId(), officer));
        model.addAttribute("canSign", officer.agencyId() == r.agencyId() && officer.has(org.gongkai.core.review.Role.SIGNER));
        model.addAttribute("today", requests.today().toString());
        return "request/admin-letter";
    }

    @PostMapping("/{no}/letter")
    Object saveLetter(@PathVariable String no, @RequestParam(required = false) String body,
                      @RequestParam(required = false) Integer version, Officer officer, Model model,
                      RedirectAttributes redirect) {
        try {
            replies.saveLetter(no, body, version, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.letter.saved"));
            return "redirect:/admin/requests/" + no + "/letter";
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return letterRefused(no, officer, model, body, e);
        }
    }

    @PostMapping("/{no}/letter/sign")
    Object signLetter(@PathVariable String no, Officer officer, Model model, RedirectAttributes redirect) {
        try {
            replies.signLetter(no, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.letter.signed"));
            return "redirect:/admin/requests/" + no + "/letter";
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return letterRefused(no, officer, model, null, e);
        }
    }

    /** Records the reply with the signed letter's type and ground, on the day it went out. */
    @PostMapping("/{no}/reply")
    Object reply(@PathVariable String no, @RequestParam(required = false) String on, Officer officer, Model model,
                 RedirectAttributes redirect) {
        RequestView r = requests.get(no, officer);
        try {
            RequestView.Letter letter = r.letter();
            if (letter == null || !letter.isSigned()) {
                throw new ConflictException("admin.letter.notSigned");
            }
            ReplyType type = ReplyType.valueOf(letter.replyType());
            ReplyGround ground = letter.ground() == null ? null : ReplyGround.valueOf(letter.ground());
            String repeatOf = ground == ReplyGround.REPEATED ? requests.earlierFromSameApplicant(no, officer).stream()
                    .filter(RequestService.EarlierRequest::likelyRepeat).map(e -> e.request().trackingNo()).findFirst()
                    .orElse(null) : null;
            requests.act(no, new RequestCommand(RequestAction.REPLY, RequestForm.date("on", on), null, null, null, type,
                    ground, null, null, null, null, null, repeatOf), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.request.replied"));
            return "redirect:/admin/requests/" + no;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return letterRefused(no, officer, model, null, e);
        }
    }

    @GetMapping("/{no}/letter/print")
    String printLetter(@PathVariable String no, Officer officer, Model model) {
        RequestView r = requests.get(no, officer);
        if (r.letter() == null) {
            throw new ConflictException("letter.none");
        }
        model.addAttribute("r", r);
        return "request/admin-letter-print";
    }

    @GetMapping("/{no}/letter.docx")
    ResponseEntity<byte[]> letterDocx(@PathVariable String no, Officer officer) {
        RequestView r = requests.get(no, officer);
        if (r.letter() == null) {
            throw new ConflictException("letter.none");
        }
        byte[] docx = letterDocument.docx(r.letter().body());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("答复书-" + r.trackingNo() + ".docx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(docx);
    }

    // ------------------------------------------------------------------ files and appeals

    @PostMapping("/{no}/files")
    Object upload(@PathVariable String no, @RequestParam(required = false) MultipartFile file, Officer officer,
                  Model model, RedirectAttributes redirect) {
        RequestView r = requests.get(no, officer);
        try {
            if (file == null || file.isEmpty()) {
                throw new BadInputException("file", "attachment.empty");
            }
            replies.addFile(no, file.getOriginalFilename(), file.getBytes(), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.request.fileAdded"));
            return "redirect:/admin/requests/" + no;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, r, ActionForm.empty(), "files", e);
        }
    }

    @GetMapping("/{no}/files/{id}")
    ResponseEntity<Resource> download(@PathVariable String no, @PathVariable long id, Officer officer) {
        ReplyService.FileDownload f = replies.file(no, id, officer);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(f.path()));
    }

    @PostMapping("/{no}/appeals")
    Object addAppeal(@PathVariable String no, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String filedOn, @RequestParam(required = false) String result,
                     @RequestParam(required = false) String decidedOn, @RequestParam(required = false) String note,
                     Officer officer, Model model, RedirectAttributes redirect) {
        RequestView r = requests.get(no, officer);
        try {
            replies.addAppeal(no, kind, RequestForm.date("filedOn", filedOn), result,
                    RequestForm.date("decidedOn", decidedOn), note, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.request.appealAdded"));
            return "redirect:/admin/requests/" + no;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, r, ActionForm.empty(), "appeals", e);
        }
    }

    @PostMapping("/{no}/appeals/{id}")
    Object updateAppeal(@PathVariable String no, @PathVariable long id, @RequestParam(required = false) String result,
                        @RequestParam(required = false) String decidedOn, @RequestParam(required = false) String note,
                        Officer officer, Model model, RedirectAttributes redirect) {
        RequestView r = requests.get(no, officer);
        try {
            replies.updateAppeal(no, id, result, RequestForm.date("decidedOn", decidedOn), note, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.request.appealUpdated"));
            return "redirect:/admin/requests/" + no;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, r, ActionForm.empty(), "appeals", e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private ModelAndView refused(Model model, Officer officer, RequestView r, ActionForm form, String section,
                                 GongkaiException e) {
        model.addAttribute("problem", messages.problem(e));
        model.addAttribute("problemAnchor", "#" + (section == null || section.isBlank() ? "actions" : "act-" + section));
        page(model, officer, r, form, section);
        return new ModelAndView("request/admin-request", model.asMap(), HttpStatus.valueOf(e.status()));
    }

    private ModelAndView letterRefused(String no, Officer officer, Model model, String body, GongkaiException e) {
        RequestView r = requests.get(no, officer);
        model.addAttribute("problem", messages.problem(e));
        model.addAttribute("r", r);
        model.addAttribute("groundLabel", groundLabel(r));
        model.addAttribute("body", body != null ? body : r.letter() == null ? "" : r.letter().body());
        model.addAttribute("canHandle", RequestService.canHandle(r.agencyId(), officer));
        model.addAttribute("canSign", officer.agencyId() == r.agencyId() && officer.has(org.gongkai.core.review.Role.SIGNER));
        model.addAttribute("today", requests.today().toString());
        return new ModelAndView(r.letter() == null ? "request/admin-request" : "request/admin-letter", model.asMap(),
                HttpStatus.valueOf(e.status()));
    }

    private void page(Model model, Officer officer, RequestView r, ActionForm form, String section) {
        LocalDate today = requests.today();
        boolean canHandle = RequestService.canHandle(r.agencyId(), officer);
        model.addAttribute("r", r);
        model.addAttribute("form", form);
        model.addAttribute("section", section == null ? "" : section);
        model.addAttribute("today", today.toString());
        model.addAttribute("canHandle", canHandle);
        model.addAttribute("replyTypes", ReplyType.values());
        model.addAttribute("consultations", ConsultationKind.values());
        model.addAttribute("overdue", r.state() != null && r.state().deadline().overdueOn(today));
        model.addAttribute("supplementNoticePassed", r.state() != null
                && today.isAfter(r.state().deadline().supplementNoticeDueOn()));
        model.addAttribute("explanation", r.state() == null ? List.of()
                : deadlineText.lines(r.state().deadline(), r.state().channel(), today));
        if (canHandle && r.state() != null) {
            model.addAttribute("earlier", requests.earlierFromSameApplicant(r.trackingNo(), officer));
            int nth = requests.applicationsInMonth(r.trackingNo(), officer);
            model.addAttribute("nthInMonth", nth);
            model.addAttribute("feeByCount", ProcessingFee.byCount(Math.max(1, nth)));
        }
        if (r.state() != null && r.state().isOpen()) {
            model.addAttribute("defaultUntil", requests.workingCalendar()
                    .addWorkingDays(today, RequestService.DEFAULT_SUPPLEMENT_WORKING_DAYS).toString());
        }
    }

    private void formPage(Model model, RequestForm form) {
        model.addAttribute("form", form);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("applicantTypes", ApplicantType.values());
    }

    private static String groundLabel(RequestView r) {
        return r.letter() == null || r.letter().ground() == null ? null : ReplyGround.valueOf(r.letter().ground()).label();
    }

    private static boolean validStatus(String s) {
        return statuses().contains(s);
    }

    static List<String> statuses() {
        List<String> out = new java.util.ArrayList<>();
        out.add(RequestStatuses.SUBMITTED);
        for (RequestStatus s : RequestStatus.values()) {
            out.add(s.name());
        }
        return out;
    }
}
