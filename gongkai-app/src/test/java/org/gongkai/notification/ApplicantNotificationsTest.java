package org.gongkai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.code.PersonalDataMask;
import org.gongkai.request.Registered;
import org.gongkai.request.RequestCommand;
import org.gongkai.request.RequestView;
import org.gongkai.notification.internal.MailTexts;
import org.junit.jupiter.api.Test;

/** The applicant hears of their request by email, through a real SMTP server on loopback. */
class ApplicantNotificationsTest extends MailTestBase {

    @Test
    void registering_a_request_mails_the_applicant_the_tracking_number_and_due_date_but_no_personal_data() {
        Agency a = county.department("通知局");
        Officer officer = requestOfficer(a);
        String email = newAddress("reg");
        Registered r = register(a, officer, applicant("王小明", email), today());
        String trackingNo = r.request().trackingNo();

        MimeMessage mail = awaitMails(email, 1).get(0);
        assertThat(subject(mail)).contains(trackingNo, "已登记").startsWith("【");
        String body = body(mail);
        assertThat(body).contains("王小明", trackingNo, a.name(), MailTexts.day(today()),
                MailTexts.day(r.request().state().dueOn()), "/apply/status");
        assertThat(body).doesNotContain(PHONE, PersonalDataMask.phone(PHONE), ID_NUMBER, "解放路", r.secretCode());
        assertThat(outcomes(r.request().id())).containsExactly("SENT");
        // the log keeps the address masked
        assertThat(jdbc.sql("SELECT recipient FROM mail_log WHERE request_id = ?").param(r.request().id())
                .query(String.class).single()).isEqualTo(PersonalDataMask.email(email)).doesNotContain(email);
    }

    @Test
    void an_extension_mails_the_new_due_date_and_the_reason() {
        Agency a = county.department("延期局");
        Officer officer = requestOfficer(a);
        String email = newAddress("ext");
        Registered r = register(a, officer, applicant("李四", email), today());
        awaitMails(email, 1);
        RequestView extended = requests.act(r.request().trackingNo(), new RequestCommand(RequestAction.EXTEND, today(), 15,
                "张主任", "需要调取归档的纸质材料", null, null, null, null, null, null, null, null), officer);
        assertThat(extended.state().dueOn()).isAfter(r.request().state().dueOn());

        MimeMessage mail = awaitMails(email, 2).stream().filter(m -> subject(m).contains("延期")).findFirst().orElseThrow();
        assertThat(subject(mail)).contains(r.request().trackingNo());
        assertThat(body(mail)).contains(MailTexts.day(extended.state().dueOn()), "15 个工作日", "需要调取归档的纸质材料")
                .doesNotContain(PHONE);
    }

    @Test
    void a_reply_mails_the_reply_type_and_ground() {
        Agency a = county.department("答复局");
        Officer officer = requestOfficer(a);
        String email = newAddress("rep");
        Registered r = register(a, officer, applicant("赵六", email), today());
        awaitMails(email, 1);
        requests.act(r.request().trackingNo(), new RequestCommand(RequestAction.REPLY, today(), null, null, null,
                ReplyType.WITHHELD, ReplyGround.THIRD_PARTY_RIGHTS, null, null, null, null, null, null), officer);

        MimeMessage mail = awaitMails(email, 2).stream().filter(m -> subject(m).contains("已答复")).findFirst().orElseThrow();
        assertThat(body(mail)).contains(ReplyType.WITHHELD.label(), ReplyGround.THIRD_PARTY_RIGHTS.label(),
                "查看答复书", r.request().trackingNo());
    }

    @Test
    void a_supplement_request_mails_the_deadline_given() {
        Agency a = county.department("补正局");
        Officer officer = requestOfficer(a);
        String email = newAddress("sup");
        Registered r = register(a, officer, applicant("钱七", email), today());
        awaitMails(email, 1);
        RequestView v = requests.act(r.request().trackingNo(), RequestCommand.of(RequestAction.REQUEST_SUPPLEMENT, today()),
                officer);

        MimeMessage mail = awaitMails(email, 2).stream().filter(m -> subject(m).contains("补正")).findFirst().orElseThrow();
        assertThat(body(mail)).contains(MailTexts.day(v.state().deadline().supplementBy()), "视为放弃申请");
    }

    @Test
    void no_email_given_means_no_mail_and_no_log_line() {
        Agency a = county.department("无邮局");
        Registered r = register(a, requestOfficer(a), applicant("孙八", null), today());
        awaitListenerDone(r.request().id());
        assertThat(outcomes(r.request().id())).isEmpty();
        assertThat(smtp.getReceivedMessages()).noneMatch(m -> subject(m).contains(r.request().trackingNo()));
    }

    @Test
    void with_notifications_switched_off_nothing_is_sent_and_the_log_says_skipped() {
        configure(false, smtp.getSmtp().getPort());
        Agency a = county.department("停发局");
        String email = newAddress("off");
        Registered r = register(a, requestOfficer(a), applicant("周九", email), today());
        awaitListenerDone(r.request().id());
        assertThat(outcomes(r.request().id())).containsExactly("SKIPPED");
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void an_unreachable_server_leaves_a_failed_log_line_and_the_request_stands() throws Exception {
        configure(true, deadPort());
        Agency a = county.department("断线局");
        Officer officer = requestOfficer(a);
        String email = newAddress("dead");
        Registered r = register(a, officer, applicant("吴十", email), today());
        long id = r.request().id();

        await().atMost(WAIT).until(() -> outcomes(id).contains("FAILED"));
        assertThat(requests.get(r.request().trackingNo(), officer).status()).isEqualTo("IN_PROGRESS");
        String error = jdbc.sql("SELECT error FROM mail_log WHERE request_id = ?").param(id).query(String.class).single();
        assertThat(error).contains("无法连接邮件服务器").doesNotContain(email).doesNotContain("Exception");
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void an_online_submission_is_acknowledged_as_waiting_for_confirmation() {
        Agency a = county.department("网申局");
        String email = newAddress("web");
        Registered r = requests.submitOnline(new org.gongkai.request.OnlineApplication(a.code(), applicant("郑十一", email),
                "请公开本局2025年度部门决算。", null, "ELECTRONIC", "EMAIL"));

        List<MimeMessage> mails = awaitMails(email, 1);
        assertThat(subject(mails.get(0))).contains(r.request().trackingNo(), "待确认");
        assertThat(body(mails.get(0))).contains("已收到").doesNotContain(r.secretCode(), PHONE);
    }
}
