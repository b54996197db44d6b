package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;
import org.gongkai.platform.web.FormProblem;
import org.gongkai.platform.web.UserMessages;
import org.gongkai.request.ApplicantView;
import org.gongkai.request.PublicRequests;
import org.gongkai.request.ReplyService;
import org.gongkai.request.RequestService;
import org.gongkai.request.internal.SubmissionGuard;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An applicant follows their request with tracking number and query code. Both travel only in POST
 * bodies (never in a URL, which browsers, proxies and access logs keep), lookups are limited per
 * address so codes cannot be guessed, and a wrong number and a wrong code get the same answer so the
 * page does not reveal which numbers exist. What is shown comes from {@link PublicRequests}: personal
 * data masked, the public part of the timeline, the due date with its computation and, once replied,
 * the signed letter and the released files.
 */
@Controller
class StatusController {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final PublicRequests requests;
    private final RequestService service;
    private final SubmissionGuard guard;
    private final ReplyService replies;
    private final DeadlineText deadlineText;
    private final UserMessages messages;
    private final Clock clock;

    StatusController(PublicRequests requests, RequestService service, SubmissionGuard guard, ReplyService replies,
                     DeadlineText deadlineText, UserMessages messages, Clock clock) {
        this.requests = requests;
        this.service = service;
        this.guard = guard;
        this.replies = replies;
        this.deadlineText = deadlineText;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the public timeline. */
    public record TimelineEntry(LocalDate on, String day, String action, String detail) {
    }

    @GetMapping("/apply/status")
    String form(Model model, HttpServletResponse response) {
        ApplyController.noStore(response);
        return "request/status";
    }

    @PostMapping("/apply/status")
    String lookup(@RequestParam(required = false) String trackingNo, @RequestParam(required = false) String code,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        ApplyController.noStore(response);
        model.addAttribute("trackingNo", trackingNo == null ? "" : trackingNo.strip());
        if (!guard.lookupAllowed(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("problem", general("apply.limit.lookup", guard.lookupLimit()));
            return "request/status";
        }
        Optional<ApplicantView> found = requests.lookup(trackingNo, code);
        if (found.isEmpty()) {
            model.addAttribute("problem", general("apply.status.notFound"));
            return "request/status";
        }
        ApplicantView v = found.get();
        RequestState state = v.state();
        LocalDate today = service.today();
        model.addAttribute("view", v);
        // kept in the page (a POST answer, never cached) so each file's download form can send it again
        model.addAttribute("code", code.strip());
        model.addAttribute("statusName", messages.text("status." + v.status()));
        model.addAttribute("submittedAt", moment(v.submittedAt()));
        model.addAttribute("receivedOn", state == null ? null : DeadlineText.day(state.receivedOn()));
        model.addAttribute("dueOn", state == null || state.deadline() == null ? null : DeadlineText.day(state.dueOn()));
        model.addAttribute("provisional", state != null && state.deadline() != null && state.deadline().provisional());
        model.addAttribute("explanation", state == null || state.deadline() == null ? List.of()
                : deadlineText.lines(state.deadline(), state.channel(), today));
        model.addAttribute("timeline", v.events().stream().map(this::entry).toList());
        return "request/status";
    }

    /** A released file, after checking number and code again (and counting it as a lookup). */
    @PostMapping("/apply/status/file")
    Object file(@RequestParam(required = false) String trackingNo, @RequestParam(required = false) String code,
                @RequestParam(required = false) Long fileId, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        ApplyController.noStore(response);
        if (!guard.lookupAllowed(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("problem", general("apply.limit.lookup", guard.lookupLimit()));
            return "request/status";
        }
        Optional<String[]> meta = fileId == null ? Optional.empty() : requests.file(trackingNo, code, fileId);
        Optional<ReplyService.FileDownload> download = meta.map(replies::publicFile)
                .filter(d -> java.nio.file.Files.isRegularFile(d.path()));
        if (download.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("trackingNo", trackingNo == null ? "" : trackingNo.strip());
            model.addAttribute("problem", general(meta.isEmpty() ? "apply.status.notFound" : "apply.status.fileMissing"));
            return "request/status";
        }
        ReplyService.FileDownload d = download.get();
        MediaType type;
        try {
            type = d.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(d.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(d.path()));
    }

    private TimelineEntry entry(RequestEvent e) {
        String detail = switch (e.action()) {
            case EXTEND -> messages.text("apply.event.EXTEND", e.workingDays() == null ? "" : e.workingDays(),
                    e.reason() == null ? messages.text("apply.event.noReason") : e.reason());
            case REPLY -> e.replyType() == null ? null : e.ground() == null
                    ? messages.text("apply.event.REPLY", e.replyType().label())
                    : messages.text("apply.event.REPLY.ground", e.replyType().label(), e.ground().label());
            case REQUEST_SUPPLEMENT -> e.until() == null ? null
                    : messages.text("apply.event.REQUEST_SUPPLEMENT", DeadlineText.day(e.until()));
            case FEE_NOTICE -> e.feeYuan() == null ? null : messages.text("apply.event.FEE_NOTICE", e.feeYuan());
            case CONSULT_START -> e.consultation() == null ? null : messages.text("consultation." + e.consultation().name());
            default -> null;
        };
        return new TimelineEntry(e.on(), DeadlineText.day(e.on()), messages.text("action." + e.action().name()), detail);
    }

    private String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(clock.getZone()));
    }

    private FormProblem general(String key, Object... args) {
        String message = messages.text(key, args);
        return new FormProblem(null, "", message, message);
    }
}
