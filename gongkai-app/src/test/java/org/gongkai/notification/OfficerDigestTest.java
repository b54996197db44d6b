package org.gongkai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.NewUser;
import org.gongkai.agency.Officer;
import org.gongkai.agency.UserService;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.notification.internal.MailTexts;
import org.gongkai.notification.internal.OfficerDigest;
import org.gongkai.request.Registered;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The request officers' morning digest. */
class OfficerDigestTest extends MailTestBase {

    @Autowired
    OfficerDigest digest;
    @Autowired
    UserService users;

    UserSummary userWithEmail(Agency a, String email, Role role) {
        return users.create(new NewUser(TestCounty.unique("d"), TestCounty.PASSWORD, TestCounty.unique("承办人"), a.code(),
                EnumSet.of(role), email), null);
    }

    @Test
    void an_officer_with_email_is_told_of_an_overdue_request_and_an_agency_with_nothing_due_gets_nothing() {
        Agency busy = county.department("忙碌局");
        String officerMail = newAddress("officer");
        UserSummary officer = userWithEmail(busy, officerMail, Role.REQUEST_OFFICER);
        String drafterMail = newAddress("drafter");
        userWithEmail(busy, drafterMail, Role.DRAFTER); // not a request officer: no digest
        Officer handler = TestCounty.officer(officer, busy);
        // received 40 days ago: 20 working days have long passed
        Registered overdue = register(busy, handler, applicant("陈逾期", null), today().minusDays(40));
        Registered fresh = register(busy, handler, applicant("林新", null), today());

        Agency quiet = county.department("清闲局");
        String quietMail = newAddress("quiet");
        userWithEmail(quiet, quietMail, Role.REQUEST_OFFICER);

        assertThat(digest.sendAll()).isPositive();

        List<MimeMessage> mails = mailsTo(officerMail);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).contains(busy.name(), "待办");
        String body = body(mails.get(0));
        assertThat(body).contains(overdue.request().trackingNo(), "陈逾期", "已超过答复期限",
                MailTexts.day(overdue.request().state().dueOn()), "办理中");
        assertThat(body).doesNotContain(fresh.request().trackingNo()); // due in four weeks: not yet a concern
        assertThat(body).doesNotContain(PHONE, ID_NUMBER);
        assertThat(mailsTo(drafterMail)).isEmpty();
        assertThat(mailsTo(quietMail)).isEmpty();
        assertThat(digest.send(quiet)).isZero();
    }

    @Test
    void overdue_requests_come_before_unconfirmed_online_submissions() {
        Agency a = county.department("排序局");
        String officerMail = newAddress("order");
        UserSummary officer = userWithEmail(a, officerMail, Role.REQUEST_OFFICER);
        Registered online = requests.submitOnline(new org.gongkai.request.OnlineApplication(a.code(),
                applicant("网上甲", null), "请公开2025年度决算。", null, "ELECTRONIC", "PICKUP"));
        Registered overdue = register(a, TestCounty.officer(officer, a), applicant("逾期乙", null), today().minusDays(40));

        assertThat(digest.send(a)).isEqualTo(1);
        String body = body(mailsTo(officerMail).get(0));
        assertThat(body.indexOf(overdue.request().trackingNo())).isPositive()
                .isLessThan(body.indexOf(online.request().trackingNo()));
        assertThat(body).contains("网上申请待确认收到");
    }
}
