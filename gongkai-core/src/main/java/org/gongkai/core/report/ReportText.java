package org.gongkai.core.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Chinese text of the report drafts and of the check messages, from {@code narrative.properties} in this
 * package (UTF-8, read through {@link ResourceBundle}), so the wording stays out of the code.
 */
final class ReportText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.gongkai.core.report.narrative",
            Locale.ROOT);

    private ReportText() {
    }

    /**
     * The text {@code key} with its arguments ({@link MessageFormat} syntax). Pass numbers as strings: the
     * report prints them without grouping separators.
     */
    static String text(String key, Object... args) {
        if (!BUNDLE.containsKey(key)) {
            throw new MissingResourceException("no report text " + key, ReportText.class.getName(), key);
        }
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
