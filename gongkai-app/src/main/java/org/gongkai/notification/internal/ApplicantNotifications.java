package org.gongkai.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;
import org.gongkai.request.RequestContacts;
import org.gongkai.request.RequestContacts.Contact;
import org.gongkai.request.RequestEventRecorded;
import org.gongkai.request.RequestSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant, where they gave an email address, about the steps of their request that they
 * must know of or act on: received online, registered (with the due date), supplement needed (by
 * when), extended (the new due date and why), answered. The formal notices still go out by the
 * delivery method chosen; these mails are courtesy copies and say so by pointing to the status page.
 *
 * <p>Runs after the request's transaction has committed (Modulith's publication registry also retries
 * it after a crash), so nothing here can undo or delay an officer's action. The mail never carries the
 * query code (only its hash is stored), the ID number, the phone number or the address.
 */
@Component
class ApplicantNotifications {

    private final RequestContacts contacts;
    private final Mailer mailer;
    private final MailTexts texts;

    ApplicantNotifications(RequestContacts contacts, Mailer mailer, MailTexts texts) {
        this.contacts = contacts;
        this.mailer = mailer;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(RequestSubmitted e) {
        contacts.contact(e.requestId()).filter(ApplicantNotifications::reachable).ifPresent(c -> send(c, "SUBMITTED",
                List.of(texts.text("notify.SUBMITTED.body", c.agencyName(), c.trackingNo())), "notify.footer.status"));
    }

    @ApplicationModuleListener
    void on(RequestEventRecorded e) {
        if (!notified(e.action())) {
            return;
        }
        contacts.contact(e.requestId()).filter(ApplicantNotifications::reachable).ifPresent(c -> {
            switch (e.action()) {
                case REGISTER -> registered(c);
                case REQUEST_SUPPLEMENT -> supplementRequested(c);
                case EXTEND -> extended(c);
                case REPLY -> replied(c);
                default -> { }
            }
        });
    }

    static boolean notified(RequestAction a) {
        return a == RequestAction.REGISTER || a == RequestAction.REQUEST_SUPPLEMENT || a == RequestAction.EXTEND
                || a == RequestAction.REPLY;
    }

    private void registered(Contact c) {
        String due = MailTexts.day(c.dueOn());
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("notify.REGISTER.body", c.agencyName(), c.trackingNo(), MailTexts.day(c.receivedOn()),
                c.provisional() ? texts.text("notify.provisional", due) : due));
        if (c.provisional()) {
            lines.add(texts.text("notify.provisional.note"));
        }
        send(c, "REGISTER", lines, "notify.footer.status");
    }

    private void supplementRequested(Contact c) {
        RequestState s = c.state();
        RequestEvent last = last(c, RequestAction.REQUEST_SUPPLEMENT);
        var until = s != null && s.deadline().supplementBy() != null ? s.deadline().supplementBy()
                : last == null ? null : last.until();
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("notify.REQUEST_SUPPLEMENT.body", c.agencyName(), c.trackingNo()));
        if (until != null) {
            lines.add(texts.text("notify.REQUEST_SUPPLEMENT.until", MailTexts.day(until)));
        }
        lines.add(texts.text("notify.REQUEST_SUPPLEMENT.after"));
        send(c, "REQUEST_SUPPLEMENT", lines, "notify.footer.status");
    }

    private void extended(Contact c) {
        RequestEvent last = last(c, RequestAction.EXTEND);
        Integer days = last != null && last.workingDays() != null ? last.workingDays()
                : c.state() == null ? null : c.state().deadline().extensionDays();
        String due = MailTexts.day(c.dueOn());
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("notify.EXTEND.body", c.agencyName(), c.trackingNo(), days == null ? "" : days,
                c.provisional() ? texts.text("notify.provisional", due) : due));
        if (last != null && last.reason() != null && !last.reason().isBlank()) {
            lines.add(texts.text("notify.EXTEND.reason", last.reason().strip()));
        }
        send(c, "EXTEND", lines, "notify.footer.status");
    }

    private void replied(Contact c) {
        RequestState s = c.state();
        RequestEvent last = last(c, RequestAction.REPLY);
        var type = s != null && s.replyType() != null ? s.replyType() : last == null ? null : last.replyType();
        var ground = s != null && s.ground() != null ? s.ground() : last == null ? null : last.ground();
        var on = s != null && s.repliedOn() != null ? s.repliedOn() : last == null ? null : last.on();
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("notify.REPLY.body", c.agencyName(), c.trackingNo(), MailTexts.day(on)));
        if (type != null) {
            lines.add(texts.text("notify.REPLY.type", type.label()));
        }
        if (ground != null) {
            lines.add(texts.text("notify.REPLY.ground", ground.label()));
        }
        send(c, "REPLY", lines, "notify.footer.reply");
    }

    /** The latest event if it is of {@code action} (a later event may already have followed). */
    private static RequestEvent last(Contact c, RequestAction action) {
        return c.lastEvent() != null && c.lastEvent().action() == action ? c.lastEvent() : null;
    }

    private void send(Contact c, String kind, List<String> lines, String footerKey) {
        StringBuilder body = new StringBuilder();
        body.append(texts.text("notify.greeting", c.applicantName())).append("\n\n");
        lines.forEach(l -> body.append(l).append('\n'));
        body.append('\n').append(texts.text(footerKey, texts.link("/apply/status"))).append('\n')
                .append(texts.text("notify.footer.code")).append("\n\n").append(texts.signature()).append('\n');
        mailer.send(new Mailer.Mail(kind, c.requestId(), c.email().strip(),
                texts.subject("notify." + kind + ".subject", c.trackingNo()), body.toString()), texts.sender());
    }

    /** No address, no mail and no log line: there was nobody to tell. */
    private static boolean reachable(Contact c) {
        return c.email() != null && !c.email().isBlank();
    }
}
