package org.gongkai.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.review.Role;
import org.gongkai.platform.ClockConfig;
import org.gongkai.request.Applicant;
import org.gongkai.request.NewRequest;
import org.gongkai.request.Registered;
import org.gongkai.request.RequestService;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real SMTP server (GreenMail) on a free loopback port, and the mail settings pointed at it before
 * each test and switched off after it, so that other test classes sharing the database never try to
 * reach a server that is gone. Each test uses its own addresses, so mails of one test (listeners are
 * asynchronous) never count for another.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class MailTestBase {

    static final String PHONE = "13812345678";
    static final String ID_NUMBER = "11010519491231002X";
    static final Duration WAIT = Duration.ofSeconds(10);

    static GreenMail smtp;

    @Autowired
    MailSettingsService settings;
    @Autowired
    TestCounty county;
    @Autowired
    RequestService requests;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void pointAtSmtp() {
        configure(true, smtp.getSmtp().getPort());
    }

    @AfterEach
    void switchOff() {
        configure(false, smtp.getSmtp().getPort());
    }

    void configure(boolean enabled, int port) {
        settings.save(new MailSettingsChange(enabled, "127.0.0.1", Integer.toString(port), null, null, true, false,
                "gongkai@qingshan.example.org"), county.countyAdmin());
    }

    static String newAddress(String prefix) {
        return TestCounty.unique(prefix).toLowerCase() + "@example.org";
    }

    /** A port nothing listens on (bound, then released). */
    static int deadPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The agency's request officer, who may register and act on its requests. */
    Officer requestOfficer(Agency a) {
        return TestCounty.officer(county.user(a, Role.REQUEST_OFFICER), a);
    }

    static Applicant applicant(String name, String email) {
        return new Applicant(ApplicantType.NATURAL_PERSON, name, "ID_CARD", ID_NUMBER, null, null, PHONE, email,
                "青山县城关镇解放路1号", "311800");
    }

    Registered register(Agency a, Officer by, Applicant applicant, LocalDate receivedOn) {
        return requests.register(new NewRequest(a.code(), Channel.IN_PERSON, receivedOn, null, applicant,
                "请公开本局2025年度财政预算执行情况。", "了解财政资金使用情况", "ELECTRONIC",
                applicant.email() == null ? "PICKUP" : "EMAIL"), by);
    }

    /** Waits (up to 10 s: listeners run after commit, on another thread) for {@code n} mails to {@code to}. */
    static List<MimeMessage> awaitMails(String to, int n) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> smtp.getReceivedMessagesForDomain(to).length >= n);
        return Arrays.asList(smtp.getReceivedMessagesForDomain(to));
    }

    static List<MimeMessage> mailsTo(String to) {
        return Arrays.asList(smtp.getReceivedMessagesForDomain(to));
    }

    static String body(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the applicant listener has finished with every event of the request (Modulith marks a
     * publication complete once its listener returned), so that "nothing was sent" can be asserted.
     */
    void awaitListenerDone(long requestId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Boolean> done = jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication "
                            + "WHERE listener_id LIKE '%ApplicantNotifications%' AND serialized_event LIKE ?")
                    .param("%\"requestId\":" + requestId + ",%").query(Boolean.class).list();
            return !done.isEmpty() && done.stream().allMatch(Boolean::booleanValue);
        });
    }

    /** The outcomes in the mail log for a request, oldest first. */
    List<String> outcomes(long requestId) {
        return jdbc.sql("SELECT outcome FROM mail_log WHERE request_id = ? ORDER BY id").param(requestId)
                .query(String.class).list();
    }

    static LocalDate today() {
        return LocalDate.now(ClockConfig.ZONE);
    }
}
