package org.gongkai.core.proof;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Chinese messages of the findings, from {@code messages.properties} files (UTF-8) in this package
 * and in each check family's sub-package ({@code typo}, {@code rules}, {@code files}), so that the engine
 * words its findings the same way in the platform, the API and the command line, and the wording stays
 * out of the code.
 */
public final class ProofMessages {

    private static final List<ResourceBundle> BUNDLES = load("org.gongkai.core.proof.messages",
            "org.gongkai.core.proof.typo.messages", "org.gongkai.core.proof.rules.messages",
            "org.gongkai.core.proof.files.messages");

    private ProofMessages() {
    }

    private static List<ResourceBundle> load(String... names) {
        List<ResourceBundle> out = new ArrayList<>();
        for (String n : names) {
            try {
                out.add(ResourceBundle.getBundle(n, Locale.ROOT));
            } catch (MissingResourceException e) {
                // a family without messages of its own
            }
        }
        return out;
    }

    /** The message {@code key} with its arguments ({@link MessageFormat} syntax). */
    public static String text(String key, Object... args) {
        for (ResourceBundle b : BUNDLES) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
            }
        }
        throw new MissingResourceException("no proofreading message " + key, ProofMessages.class.getName(), key);
    }

    public static boolean has(String key) {
        return BUNDLES.stream().anyMatch(b -> b.containsKey(key));
    }
}
