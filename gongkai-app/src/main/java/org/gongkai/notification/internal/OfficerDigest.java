package org.gongkai.notification.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.UserService;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.request.RequestContacts;
import org.gongkai.request.RequestStatuses;
import org.gongkai.request.RequestSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, each agency's request officers (依申请公开承办人) who gave an email address get one
 * mail listing what needs them today: overdue requests first, then those due within 3 working days,
 * then online applications still waiting to be confirmed (whose clock has not started, so they are the
 * easiest to forget). Nothing to list, no mail: a daily "nothing due" teaches people to ignore it.
 */
@Component
public class OfficerDigest {

    private static final Logger log = LoggerFactory.getLogger(OfficerDigest.class);

    private final AgencyService agencies;
    private final UserService users;
    private final RequestContacts contacts;
    private final Mailer mailer;
    private final MailTexts texts;

    OfficerDigest(AgencyService agencies, UserService users, RequestContacts contacts, Mailer mailer, MailTexts texts) {
        this.agencies = agencies;
        this.users = users;
        this.contacts = contacts;
        this.mailer = mailer;
        this.texts = texts;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    void everyMorning() {
        int sent = sendAll();
        log.info("Officer digest: {} mail(s) handed to the mailer", sent);
    }

    /** Sends today's digest to every agency's request officers; returns the number of mails attempted. */
    public int sendAll() {
        int n = 0;
        for (Agency a : agencies.all()) {
            try {
                n += send(a);
            } catch (RuntimeException e) {
                // one agency's trouble must not cost the others their digest
                log.warn("Officer digest for agency {} failed: {}", a.id(), e.getClass().getSimpleName());
            }
        }
        return n;
    }

    /** The digest of one agency; returns the number of mails attempted (0 when nothing is due). */
    public int send(Agency agency) {
        List<UserSummary> officers = users.withRole(agency.id(), Role.REQUEST_OFFICER).stream()
                .filter(u -> u.email() != null && !u.email().isBlank()).toList();
        if (officers.isEmpty()) {
            return 0;
        }
        List<RequestSummary> due = contacts.needingAttention(agency.id());
        if (due.isEmpty()) {
            return 0;
        }
        String list = list(due);
        String subject = texts.subject("notify.digest.subject", agency.name(), due.size());
        for (UserSummary u : officers) {
            String body = texts.text("notify.greeting", u.displayName()) + "\n\n"
                    + texts.text("notify.digest.intro", agency.name(), due.size()) + "\n\n" + list
                    + texts.text("notify.digest.footer", texts.link("/admin")) + "\n\n" + texts.signature() + "\n";
            mailer.send(new Mailer.Mail("OFFICER_DIGEST", null, u.email(), subject, body), texts.sender());
        }
        return officers.size();
    }

    private String list(List<RequestSummary> due) {
        Comparator<RequestSummary> byDue = Comparator.comparing(RequestSummary::dueOn,
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<RequestSummary> overdue = due.stream().filter(RequestSummary::overdue).sorted(byDue).toList();
        List<RequestSummary> soon = due.stream().filter(s -> !s.overdue() && s.dueSoon()).sorted(byDue).toList();
        List<RequestSummary> unconfirmed = due.stream()
                .filter(s -> !s.overdue() && !s.dueSoon() && RequestStatuses.SUBMITTED.equals(s.status()))
                .sorted(Comparator.comparing(RequestSummary::trackingNo)).toList();
        StringBuilder out = new StringBuilder();
        section(out, "notify.digest.overdue", overdue);
        section(out, "notify.digest.dueSoon", soon);
        section(out, "notify.digest.submitted", unconfirmed);
        return out.toString();
    }

    private void section(StringBuilder out, String headingKey, List<RequestSummary> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.append(texts.text(headingKey, rows.size())).append('\n');
        List<String> lines = new ArrayList<>();
        for (RequestSummary s : rows) {
            String due = s.dueOn() == null ? texts.text("notify.digest.noDue")
                    : MailTexts.day(s.dueOn()) + (s.provisional() ? texts.text("notify.digest.provisional") : "");
            lines.add(texts.text("notify.digest.line", s.trackingNo(), s.applicantName(), due,
                    texts.text("status." + s.status())));
        }
        lines.forEach(l -> out.append(l).append('\n'));
        out.append('\n');
    }
}
