package org.gongkai.core.proof.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the rule checks. */
final class Texts {

    /** Web and e-mail addresses: punctuation and placeholders inside them are not prose. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)[\\w\\-./?%&=#:~+,;@!$*'()\\[\\]]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private Texts() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isHanAt(String s, int i) {
        return i >= 0 && i < s.length() && isHan(s.charAt(i));
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Spans [start, end) of URLs and e-mail addresses in the text, in order. */
    static List<int[]> addresses(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) {
                return true;
            }
        }
        return false;
    }

    /** A bundled resource of this package as UTF-8 text. */
    static String resource(String name) {
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a bundled resource, without comments (#) and blank lines, stripped. */
    static List<String> dataLines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : resource(name).split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }

    /** Start of the sentence containing {@code i} (after the previous 。！？；or line break). */
    static int sentenceStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && "。！？；!?\n\r".indexOf(text.charAt(j)) < 0) {
            j--;
        }
        return j + 1;
    }

    /** End of the sentence containing {@code i}. */
    static int sentenceEnd(String text, int i) {
        int j = i;
        while (j < text.length() && "。！？；!?\n\r".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return j;
    }
}
