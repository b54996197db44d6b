package org.gongkai.notification.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of every mail, from {@code messages/notifications.properties}, so that the disclosure
 * office can reword a notice without touching code. Dates are written as on the request pages
 * (2026年11月3日); links start from {@code gongkai.public-url}, the address the public uses.
 */
@Component
public class MailTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final MessageSource messages;
    private final AgencyService agencies;
    private final String publicUrl;

    public MailTexts(MessageSource messages, AgencyService agencies, @Value("${gongkai.public-url:}") String publicUrl) {
        this.messages = messages;
        this.agencies = agencies;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** Whose name the mails go out in: the county government (the root agency). */
    public String sender() {
        return agencies.root().map(Agency::name).orElseGet(() -> text("notify.sender.fallback"));
    }

    /** "【青山县人民政府】" + the subject. */
    public String subject(String key, Object... args) {
        return text("notify.subject", sender(), text(key, args));
    }

    public String link(String path) {
        return publicUrl + path;
    }

    /** The closing lines: the county's name and "do not reply". */
    public String signature() {
        return text("notify.signature", sender());
    }

    public String testSubject() {
        return subject("notify.TEST.subject");
    }

    public String testBody(String adminName) {
        return text("notify.TEST.body", adminName) + "\n\n" + signature();
    }

    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }
}
