package org.gongkai.request.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.gongkai.agency.Officer;
import org.gongkai.core.fee.ProcessingFee;
import org.gongkai.core.calendar.StatutoryClock;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.ConsultationKind;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.Page;
import org.gongkai.request.Applicant;
import org.gongkai.request.NewRequest;
import org.gongkai.request.Registered;
import org.gongkai.request.RequestCommand;
import org.gongkai.request.RequestService;
import org.gongkai.request.RequestSummary;
import org.gongkai.request.RequestView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requests API, for back-filling paper records and for other systems. Dates are explicit
 * (yyyy-MM-dd) so that a record can be entered after the fact; the same rules as the back office apply
 * (both call {@link RequestService}).
 */
@RestController
@Tag(name = "依申请公开", description = "Requests for information, their statutory clock and processing fees")
class RequestApiController {

    record ApplicantJson(String type, String name, String idType, String idNumber, String orgCode, String contactPerson,
                         String phone, String email, String address, String postalCode) {
    }

    record CreateRequest(String agency, String channel, String receivedOn, String receivedReason,
                         ApplicantJson applicant, String description, String purpose, String preferredForm,
                         String delivery) {
    }

    /** An action; for FEE_NOTICE either {@code feeYuan} or {@code feeMethod} (BY_COUNT, or BY_PAGES with {@code pages}). */
    record ActionRequest(String type, String on, Integer workingDays, String approver, String reason, String replyType,
                         String ground, String until, String consultation, String party, Long feeYuan, String note,
                         String repeatOf, String feeMethod, Integer pages) {
    }

    record StepJson(String step, LocalDate on, LocalDate until, int workingDays, String pause, LocalDate dueOn,
                    String text) {
    }

    record DayJson(LocalDate date, String holiday) {
    }

    record EventJson(String action, LocalDate on, Instant recordedAt, String by, String channel, Integer workingDays,
                     String reason, String approver, String replyType, String ground, LocalDate until,
                     String consultation, String party, Long feeYuan, String note) {
        static EventJson of(RequestEvent e) {
            return new EventJson(e.action().name(), e.on(), e.at(), e.actorName(), name(e.channel()), e.workingDays(),
                    e.reason(), e.approver(), name(e.replyType()), name(e.ground()), e.until(), name(e.consultation()),
                    e.party(), e.feeYuan(), e.note());
        }
    }

    /** The JSON form of a request. */
    record RequestJson(String trackingNo, String agency, String agencyName, String channel, String status,
                       LocalDate receivedOn, LocalDate dueOn, boolean provisional, boolean overdue, boolean dueSoon,
                       boolean paused, String pause, LocalDate pauseEndsBy, LocalDate supplementNoticeDueOn,
                       boolean supplementNoticeLate, LocalDate supplementBy, int extensionDays, String replyType,
                       String ground, LocalDate repliedOn, boolean late, LocalDate deliveredOn, Long feeYuan,
                       ApplicantJson applicant, boolean personalDataMasked, String description, String purpose,
                       String preferredForm, String delivery, List<StepJson> computation, List<DayJson> holidaysSkipped,
                       List<DayJson> workingWeekends, List<String> explanation, List<EventJson> history,
                       String duplicateOf, String secretCode) {
    }

    record SummaryJson(String trackingNo, String agency, String status, String channel, LocalDate receivedOn,
                       LocalDate dueOn, boolean provisional, boolean overdue, boolean dueSoon, String applicantType,
                       String applicantName, String replyType, String ground, LocalDate repliedOn) {
        static SummaryJson of(RequestSummary s) {
            return new SummaryJson(s.trackingNo(), s.agencyCode(), s.status(), s.channel().name(), s.receivedOn(),
                    s.dueOn(), s.provisional(), s.overdue(), s.dueSoon(), s.applicantType().name(), s.applicantName(),
                    name(s.replyType()), name(s.ground()), s.repliedOn());
        }
    }

    record PageJson(long total, int page, int size, List<SummaryJson> requests) {
    }

    record FeeJson(long yuan, String method, int basis) {
    }

    private final RequestService requests;
    private final DeadlineText deadlineText;
    private final org.springframework.context.MessageSource messages;

    RequestApiController(RequestService requests, DeadlineText deadlineText,
                         org.springframework.context.MessageSource messages) {
        this.requests = requests;
        this.deadlineText = deadlineText;
        this.messages = messages;
    }

    @PostMapping("/api/v1/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记政府信息公开申请（依申请公开承办人）；receivedOn 为第三十一条规定的收到申请之日；返回 trackingNo、dueOn 和查询码")
    RequestJson create(@RequestBody CreateRequest r, Officer officer) {
        if (r == null) {
            throw new BadInputException("description", "error.unreadable");
        }
        ApplicantJson a = r.applicant();
        Applicant applicant = a == null ? null : new Applicant(enumOf(ApplicantType.class, "applicant.type", a.type()),
                a.name(), a.idType(), a.idNumber(), a.orgCode(), a.contactPerson(), a.phone(), a.email(), a.address(),
                a.postalCode());
        NewRequest cmd = new NewRequest(r.agency(), enumOf(Channel.class, "channel", r.channel()),
                date("receivedOn", r.receivedOn()), r.receivedReason(), applicant, r.description(), r.purpose(),
                r.preferredForm() == null ? "ELECTRONIC" : r.preferredForm(),
                r.delivery() == null ? "PICKUP" : r.delivery());
        Registered reg = requests.register(cmd, officer);
        return json(reg.request(), reg.secretCode());
    }

    @GetMapping("/api/v1/requests/{trackingNo}")
    @Operation(summary = "读取申请：状态、答复期限（dueOn，provisional 表示涉及未公布节假日安排的年份）、期限计算过程和全部记录")
    RequestJson get(@PathVariable String trackingNo, Officer officer) {
        return json(requests.get(trackingNo, officer), null);
    }

    @GetMapping("/api/v1/requests")
    @Operation(summary = "申请列表（本机构；县级管理员可按机构查看全部）；open=true 只列办理中的，按答复期限排序")
    PageJson list(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
                  @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String q,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                  Officer officer) {
        Page<RequestSummary> p = requests.queue(officer, agency, status, open, q, page, size);
        return new PageJson(p.total(), p.page(), p.size(), p.content().stream().map(SummaryJson::of).toList());
    }

    @PostMapping("/api/v1/requests/{trackingNo}/actions")
    @Operation(summary = "办理操作：REQUEST_SUPPLEMENT | SUPPLEMENT_RECEIVED | EXTEND | CONSULT_START | CONSULT_END | "
            + "FEE_NOTICE | FEE_PAID | REPLY | DELIVERED | CLOSE | ASSIGN | NOTE；on 为发生日期（yyyy-MM-dd）")
    RequestJson act(@PathVariable String trackingNo, @RequestBody ActionRequest r, Officer officer) {
        if (r == null || r.type() == null || r.type().isBlank()) {
            throw new BadInputException("type", "error.required.named", "type");
        }
        RequestAction type = enumOf(RequestAction.class, "type", r.type());
        Long fee = r.feeYuan();
        String note = r.note();
        if (type == RequestAction.FEE_NOTICE && r.feeMethod() != null && !r.feeMethod().isBlank()) {
            RequestService.FeeQuote q = requests.processingFee(trackingNo, r.feeMethod().strip().toUpperCase(Locale.ROOT),
                    r.pages(), officer);
            fee = q.yuan();
            String basis = messages.getMessage("fee.basis." + q.method(), new Object[] {q.basis(), q.yuan()},
                    Locale.SIMPLIFIED_CHINESE);
            note = note == null || note.isBlank() ? basis : basis + "；" + note.strip();
        }
        RequestCommand c = new RequestCommand(type, date("on", r.on()),
                r.workingDays(), r.approver(), r.reason(), enumOf(ReplyType.class, "replyType", r.replyType()),
                enumOf(ReplyGround.class, "ground", r.ground()), date("until", r.until()),
                enumOf(ConsultationKind.class, "consultation", r.consultation()), r.party(), fee, note,
                r.repeatOf());
        return json(requests.act(trackingNo, c, officer), null);
    }

    @GetMapping("/api/v1/fees/by-count")
    @Operation(summary = "按件计收：同一申请人一个自然月内第 nth 件申请的信息处理费（国办函〔2020〕109号 第四条；公开）")
    FeeJson byCount(@RequestParam int nth) {
        if (nth < 1 || nth > 100_000) {
            throw new BadInputException("nth", "fee.nth.invalid");
        }
        return new FeeJson(ProcessingFee.byCount(nth), "BY_COUNT", nth);
    }

    @GetMapping("/api/v1/fees/by-pages")
    @Operation(summary = "按量计收：一件申请 pages 页的信息处理费（国办函〔2020〕109号 第五条；公开）")
    FeeJson byPages(@RequestParam int pages) {
        if (pages < 0 || pages > 10_000_000) {
            throw new BadInputException("pages", "fee.pages.invalid");
        }
        return new FeeJson(ProcessingFee.byPages(pages), "BY_PAGES", pages);
    }

    private RequestJson json(RequestView v, String secretCode) {
        RequestState s = v.state();
        LocalDate today = requests.today();
        Applicant a = v.applicant();
        ApplicantJson applicant = new ApplicantJson(a.type().name(), a.name(), a.idType(), a.idNumber(), a.orgCode(),
                a.contactPerson(), a.phone(), a.email(), a.address(), a.postalCode());
        List<EventJson> history = v.events().stream().map(EventJson::of).toList();
        if (s == null) {
            return new RequestJson(v.trackingNo(), v.agencyCode(), v.agencyName(), v.channel().name(), v.status(), null,
                    null, false, false, false, false, null, null, null, false, null, 0, null, null, null, false, null,
                    null, applicant, !v.personalDataVisible(), v.description(), v.purpose(), v.preferredForm(),
                    v.delivery(), List.of(), List.of(), List.of(), List.of(), history, v.duplicateOfTrackingNo(),
                    secretCode);
        }
        StatutoryClock.Deadline d = s.deadline();
        List<StepJson> steps = d.steps().stream().map(st -> new StepJson(st.kind().name(), st.on(), st.until(),
                st.workingDays(), name(st.pause()), st.dueOn(), deadlineText.step(st, s.channel(), today))).toList();
        return new RequestJson(v.trackingNo(), v.agencyCode(), v.agencyName(), v.channel().name(), v.status(),
                s.receivedOn(), d.dueOn(), d.provisional(), d.overdueOn(today),
                d.dueSoonOn(today, requests.workingCalendar()), d.phase() == StatutoryClock.Phase.PAUSED,
                name(d.openPause()), d.pauseEndsBy(), d.supplementNoticeDueOn(), s.supplementNoticeLate(),
                d.supplementBy(), d.extensionDays(), name(s.replyType()), name(s.ground()), s.repliedOn(), d.late(),
                s.deliveredOn(), s.feeYuan(), applicant, !v.personalDataVisible(), v.description(), v.purpose(),
                v.preferredForm(), v.delivery(), steps,
                d.holidaysSkipped().stream().map(n -> new DayJson(n.date(), n.holiday())).toList(),
                d.workingWeekends().stream().map(n -> new DayJson(n.date(), n.holiday())).toList(),
                deadlineText.lines(d, s.channel(), today), history, v.duplicateOfTrackingNo(), secretCode);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(field, "request.enum.unknown", value, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, "error.date", value);
        }
    }
}
