package org.gongkai.notification;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.agency.Officer;
import org.gongkai.notification.internal.MailLog;
import org.gongkai.notification.internal.MailSettingsRepository;
import org.gongkai.notification.internal.MailSettingsRepository.Stored;
import org.gongkai.notification.internal.MailTexts;
import org.gongkai.notification.internal.Mailer;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county administrator's SMTP settings: reading them (without the password), saving them, and a
 * test mail to check them. Only the county administrator may see or change them: the server account
 * sends mail in the county government's name.
 */
@Service
public class MailSettingsService {

    /** A host name or an IP address (v4, or v6 with or without brackets); no scheme, no port, no spaces. */
    private static final Pattern HOST = Pattern.compile("^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[?[0-9A-Fa-f:.]+]?)$");
    /** Loose on purpose (something@domain.tld): the mail server is the real judge of an address. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX = 200;

    private final MailSettingsRepository settings;
    private final Mailer mailer;
    private final MailTexts texts;
    private final MailLog mailLog;
    private final Clock clock;

    public MailSettingsService(MailSettingsRepository settings, Mailer mailer, MailTexts texts, MailLog mailLog,
                               Clock clock) {
        this.settings = settings;
        this.mailer = mailer;
        this.texts = texts;
        this.mailLog = mailLog;
        this.clock = clock;
    }

    public MailSettings current(Officer by) {
        requireCounty(by);
        return settings.find().map(MailSettingsService::view).orElse(MailSettings.unset());
    }

    /** The latest mail log lines (addresses masked), newest first. */
    public List<MailLogEntry> recentLog(Officer by) {
        requireCounty(by);
        return mailLog.recent(30);
    }

    @Transactional
    public MailSettings save(MailSettingsChange c, Officer by) {
        requireCounty(by);
        if (c == null) {
            throw new BadInputException("host", "mail.host.required");
        }
        String host = strip(c.host());
        if (host == null) {
            throw new BadInputException("host", "mail.host.required");
        }
        if (host.length() > MAX || !HOST.matcher(host).matches()) {
            throw new BadInputException("host", "mail.host.invalid");
        }
        int port = port(c.port());
        String username = strip(c.username());
        if (username != null && username.length() > MAX) {
            throw new BadInputException("username", "error.tooLong", MAX);
        }
        if (c.password() != null && c.password().length() > MAX) {
            throw new BadInputException("password", "error.tooLong", MAX);
        }
        String from = strip(c.fromAddress());
        if (from == null) {
            throw new BadInputException("fromAddress", "mail.fromAddress.required");
        }
        if (from.length() > MAX || !EMAIL.matcher(from).matches()) {
            throw new BadInputException("fromAddress", "mail.fromAddress.invalid");
        }
        Stored old = settings.find().orElse(null);
        // write-only password: the form never holds it, so an empty field means "keep what is stored"
        String password = c.clearPassword() ? null
                : c.password() != null && !c.password().isEmpty() ? c.password() : old == null ? null : old.password();
        settings.save(new Stored(c.enabled(), host, port, username, password, c.starttls(), from, clock.instant(),
                by.username()));
        return current(by);
    }

    /** Sends a test mail with the saved settings (even while notifications are off) to {@code to}. */
    public MailTestResult sendTest(String to, Officer by) {
        requireCounty(by);
        String address = strip(to);
        if (address == null || address.length() > MAX || !EMAIL.matcher(address).matches()) {
            throw new BadInputException("testTo", "mail.testTo.invalid");
        }
        try {
            mailer.sendTest(new Mailer.Mail("TEST", null, address, texts.testSubject(), texts.testBody(by.displayName())),
                    texts.sender());
            return new MailTestResult(true, null);
        } catch (Mailer.MailFailure f) {
            return new MailTestResult(false, f.getMessage());
        }
    }

    private static int port(String text) {
        String p = strip(text);
        try {
            int n = p == null ? -1 : Integer.parseInt(p);
            if (n >= 1 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadInputException("port", "mail.port.invalid");
    }

    private static MailSettings view(Stored s) {
        return new MailSettings(s.enabled(), s.host(), s.port(), s.username() == null ? "" : s.username(),
                s.password() != null && !s.password().isEmpty(), s.starttls(), s.fromAddress(), s.updatedAt(),
                s.updatedBy());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireCounty(Officer by) {
        if (by == null || !by.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
    }
}
