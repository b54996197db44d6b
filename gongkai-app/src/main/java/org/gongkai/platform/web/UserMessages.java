package org.gongkai.platform.web;

import java.util.Arrays;
import java.util.Locale;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.GongkaiException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Resolves the message keys carried by exceptions into the Chinese text people read on back-office
 * forms. It follows the same conventions as {@link ErrorResponses} (arguments that are themselves
 * keys of roles or statuses are translated, and a field's label comes from {@code field.*}), so
 * that a form and the JSON API word the same refusal the same way.
 */
@Component
public class UserMessages {

    private final MessageSource messages;

    public UserMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** The label of a form field: {@code field.*} first (shared with the API), then {@code admin.field.*}. */
    public String label(String field) {
        if (field == null) {
            return "";
        }
        String shared = messages.getMessage("field." + field, null, null, Locale.SIMPLIFIED_CHINESE);
        return shared != null ? shared : text("admin.field." + field);
    }

    /** The message of a refusal, with the field it names (if any). */
    public FormProblem problem(GongkaiException e) {
        Object[] args = e.args() == null ? null : Arrays.stream(e.args())
                .map(a -> a instanceof String s && (s.startsWith("role.") || s.startsWith("status.")) ? text(s) : a)
                .toArray();
        String message = text(e.messageKey(), args);
        String field = e instanceof BadInputException b ? b.field() : null;
        String label = label(field);
        return new FormProblem(field, label, message, field == null ? message : text("error.field", label, message));
    }
}
