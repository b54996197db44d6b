package org.gongkai.notification.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.gongkai.core.code.PersonalDataMask;
import org.gongkai.notification.internal.MailLog.Outcome;
import org.gongkai.notification.internal.MailSettingsRepository.Stored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text UTF-8 mails with the SMTP server of {@code mail_settings}. The sender is rebuilt
 * whenever the stored settings differ from the ones it was built with, so an administrator's change
 * applies to the next mail without a restart (and on every node of a cluster, since each reads the row).
 *
 * <p>Every attempt leaves a {@link MailLog} row: SKIPPED while mail is off or not configured, SENT,
 * or FAILED with a Chinese description of the problem. A failure never propagates: the notice is a
 * courtesy and the request action it follows is already committed. Log lines name the kind and the
 * request only, never the address or the content.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    /** Long enough for a slow government relay, short enough not to pin the listener threads. */
    private static final String TIMEOUT_MS = "15000";
    /** Port 465 is SMTP over implicit TLS ("SSL") in practice, which most Chinese mail providers use. */
    private static final int IMPLICIT_TLS_PORT = 465;

    /** A message to send; {@code requestId} null for digests and test mails. */
    public record Mail(String kind, Long requestId, String to, String subject, String body) {
        @Override
        public String toString() {
            return "Mail[" + kind + ", request " + requestId + "]";
        }
    }

    /** A failed send, described for people (the page of the test mail and the log's error column). */
    public static class MailFailure extends Exception {
        MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Built(Stored settings, JavaMailSenderImpl sender) {
    }

    private final MailSettingsRepository settings;
    private final MailLog mailLog;
    private final Clock clock;
    private volatile Built built;

    public Mailer(MailSettingsRepository settings, MailLog mailLog, Clock clock) {
        this.settings = settings;
        this.mailLog = mailLog;
        this.clock = clock;
    }

    /** Sends if mail is on and configured; records the outcome either way. */
    public Outcome send(Mail mail, String fromName) {
        Stored s = settings.find().orElse(null);
        if (s == null || !s.enabled() || !s.configured()) {
            mailLog.record(mail.requestId(), mail.kind(), mail.to(), mail.subject(), clock.instant(), Outcome.SKIPPED, null);
            log.debug("{} skipped: mail notifications are off or not configured", mail);
            return Outcome.SKIPPED;
        }
        try {
            deliver(s, mail, fromName);
            mailLog.record(mail.requestId(), mail.kind(), mail.to(), mail.subject(), clock.instant(), Outcome.SENT, null);
            return Outcome.SENT;
        } catch (MailFailure f) {
            // the exception's message may quote the address (a server's "550 <x@y> unknown"): class name only
            log.warn("{} not sent: {}", mail, f.getCause() == null ? "?" : f.getCause().getClass().getSimpleName());
            mailLog.record(mail.requestId(), mail.kind(), mail.to(), mail.subject(), clock.instant(), Outcome.FAILED,
                    f.getMessage());
            return Outcome.FAILED;
        }
    }

    /** The administrator's test: with the stored settings even while switched off, failing loudly. */
    public void sendTest(Mail mail, String fromName) throws MailFailure {
        Stored s = settings.find().filter(Stored::configured)
                .orElseThrow(() -> new MailFailure("尚未保存 SMTP 服务器和发件人地址，请先保存设置。", null));
        try {
            deliver(s, mail, fromName);
            mailLog.record(null, mail.kind(), mail.to(), mail.subject(), clock.instant(), Outcome.SENT, null);
        } catch (MailFailure f) {
            log.warn("{} not sent: {}", mail, f.getCause() == null ? "?" : f.getCause().getClass().getSimpleName());
            mailLog.record(null, mail.kind(), mail.to(), mail.subject(), clock.instant(), Outcome.FAILED, f.getMessage());
            throw f;
        }
    }

    private void deliver(Stored s, Mail mail, String fromName) throws MailFailure {
        JavaMailSenderImpl sender = senderFor(s);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            if (fromName == null || fromName.isBlank()) {
                helper.setFrom(s.fromAddress());
            } else {
                helper.setFrom(s.fromAddress(), fromName);
            }
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure(describe(e, s), e);
        }
    }

    private JavaMailSenderImpl senderFor(Stored s) {
        Built b = built;
        if (b != null && b.settings().equals(s)) {
            return b.sender();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(s.host());
        sender.setPort(s.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean auth = s.username() != null && !s.username().isBlank();
        if (auth) {
            sender.setUsername(s.username());
            sender.setPassword(s.password());
        }
        Properties p = sender.getJavaMailProperties();
        p.setProperty("mail.smtp.auth", Boolean.toString(auth));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        if (s.starttls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            // asked for encryption: refuse to fall back to plain text if the server does not offer it
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (s.port() == IMPLICIT_TLS_PORT) {
            p.setProperty("mail.smtp.ssl.enable", "true");
        }
        built = new Built(s, sender);
        return sender;
    }

    /** What went wrong, in Chinese, for the administrator; addresses in a server's reply are masked. */
    static String describe(Exception e, Stored s) {
        String where = s.host() + ":" + s.port();
        if (e instanceof MailAuthenticationException || has(e, AuthenticationFailedException.class)) {
            return "邮件服务器 " + where + " 拒绝了用户名或密码。";
        }
        if (has(e, UnknownHostException.class)) {
            return "找不到邮件服务器 " + s.host() + "，请检查服务器地址。";
        }
        if (has(e, ConnectException.class)) {
            return "无法连接邮件服务器 " + where + "（连接被拒绝），请检查服务器地址和端口。";
        }
        if (has(e, SocketTimeoutException.class)) {
            return "连接邮件服务器 " + where + " 超时，请检查服务器地址、端口和网络。";
        }
        if (has(e, SSLException.class)) {
            return "与邮件服务器 " + where + " 建立加密连接失败，请检查端口和 STARTTLS 设置。";
        }
        String reply = serverReply(e);
        if (has(e, SendFailedException.class)) {
            return "邮件服务器拒收了这封邮件（收件或发件地址不被接受）" + reply;
        }
        return "邮件服务器 " + where + " 返回错误" + reply;
    }

    private static String serverReply(Exception e) {
        List<Throwable> chain = chain(e);
        String m = chain.get(chain.size() - 1).getMessage();
        if (m == null || m.isBlank()) {
            return "。";
        }
        m = EMAIL_IN_TEXT.matcher(m.strip()).replaceAll(r -> Matcher.quoteReplacement(PersonalDataMask.email(r.group())));
        return "（服务器答复：" + (m.length() > 200 ? m.substring(0, 200) + "…" : m) + "）。";
    }

    private static boolean has(Exception e, Class<? extends Throwable> type) {
        return chain(e).stream().anyMatch(type::isInstance);
    }

    /**
     * The exception and everything behind it, deepest last. Spring's MailSendException keeps the
     * per-message failures aside rather than as its cause, and Jakarta Mail chains with
     * getNextException, so both are followed besides getCause.
     */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty() && out.size() < 20) {
            Throwable t = todo.removeFirst();
            if (out.contains(t)) {
                continue;
            }
            out.add(t);
            if (t instanceof MailSendException mse) {
                todo.addAll(List.of(mse.getMessageExceptions()));
            }
            if (t instanceof MessagingException me && me.getNextException() != null) {
                todo.add(me.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return out;
    }
}
