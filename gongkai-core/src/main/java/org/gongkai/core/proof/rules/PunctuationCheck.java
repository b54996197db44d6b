package org.gongkai.core.proof.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Severity;

/**
 * 标点 (GB/T 15834-2011 标点符号用法): half-width marks in Chinese text, doubled marks, unbalanced paired
 * marks, wrong ellipses, "1、" after an Arabic ordinal, 顿号 in approximate numbers (三、四百人) and between
 * titles in 《》 or quotations in “”. Web addresses, numbers (1,000; 3.14; 10:30) and Latin text are left alone.
 */
public final class PunctuationCheck implements Check {

    public static final String RULE_HALF_WIDTH = "punct.halfwidth";
    public static final String RULE_DOUBLED = "punct.doubled";
    public static final String RULE_UNPAIRED = "punct.unpaired";
    public static final String RULE_ELLIPSIS = "punct.ellipsis";
    public static final String RULE_ORDINAL = "punct.ordinal";
    public static final String RULE_APPROXIMATE = "punct.approximate";
    public static final String RULE_SERIAL_COMMA = "punct.serialcomma";

    private static final String HALF = ",;:?!";
    private static final String FULL = "，；：？！";

    private static final String OPENERS = "“‘《（【〈";
    private static final String CLOSERS = "”’》）】〉";

    /** Sentence-internal and final marks that must not stand next to each other; strongest first. */
    private static final String STOPS = "。；：，、";

    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}|。{3,}|(?<!…)(?:…{3}|…)(?!…)|·{3,}");
    private static final Pattern ORDINAL = Pattern.compile("(?m)^[ \\t\\u3000]*(\\d{1,2})、(?=[\\u4e00-\\u9fa5（《“])");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?<!第)([一二三四五六七八])、([二三四五六七八九])(?=[十百千万亿个人天岁倍成])");
    private static final Pattern SERIAL_COMMA = Pattern.compile("》、《|”、“");

    @Override
    public List<Finding> check(String text, ProofContext context) {
        List<int[]> addresses = Texts.addresses(text);
        List<Finding> out = new ArrayList<>();
        List<int[]> ellipses = ellipsis(text, addresses, out);
        halfWidth(text, addresses, out);
        doubled(text, ellipses, out);
        unpaired(text, out);
        ordinal(text, out);
        regex(text, APPROXIMATE, out, RULE_APPROXIMATE, Severity.INFO);
        regex(text, SERIAL_COMMA, out, RULE_SERIAL_COMMA, Severity.INFO);
        out.sort(Comparator.comparingInt(Finding::start));
        return out;
    }

    private static void halfWidth(String text, List<int[]> addresses, List<Finding> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = HALF.indexOf(c);
            if (k >= 0) {
                if (Texts.inside(addresses, i, i + 1)) {
                    continue;
                }
                char before = neighbour(text, i, -1);
                char after = neighbour(text, i, +1);
                boolean chinese = Texts.isHan(before) || Texts.isHan(after) || isFullWidthMark(before);
                boolean latin = Texts.isAsciiLetter(before) || Texts.isAsciiLetter(after)
                        || (Texts.isAsciiDigit(before) && Texts.isAsciiDigit(after));
                if (chinese && !latin) {
                    add(out, text, i, i + 1, String.valueOf(FULL.charAt(k)), RULE_HALF_WIDTH, Severity.WARN);
                }
            } else if (c == '(') {
                int close = text.indexOf(')', i + 1);
                int nextOpen = text.indexOf('(', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close) || Texts.inside(addresses, i, close + 1)) {
                    continue;
                }
                String inner = text.substring(i + 1, close);
                boolean innerHan = inner.codePoints().anyMatch(cp -> cp < 0x10000 && Texts.isHan((char) cp));
                boolean innerLatin = inner.chars().anyMatch(ch -> Texts.isAsciiLetter((char) ch));
                if (innerHan && !innerLatin) {
                    add(out, text, i, i + 1, "（", RULE_HALF_WIDTH, Severity.WARN);
                    add(out, text, close, close + 1, "）", RULE_HALF_WIDTH, Severity.WARN);
                }
            }
        }
    }

    private static boolean isFullWidthMark(char c) {
        return "，。；：？！、”’》）】".indexOf(c) >= 0;
    }

    /** The nearest character before (dir -1) or after (+1), skipping spaces; NUL at the ends. */
    private static char neighbour(String text, int i, int dir) {
        int j = i + dir;
        while (j >= 0 && j < text.length() && text.charAt(j) == ' ') {
            j += dir;
        }
        return j >= 0 && j < text.length() ? text.charAt(j) : '\0';
    }

    private static void doubled(String text, List<int[]> ellipses, List<Finding> out) {
        int i = 0;
        while (i < text.length()) {
            if (STOPS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && STOPS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j - i >= 2 && !Texts.inside(ellipses, i, j)) {
                char best = '\uffff';
                int bestRank = Integer.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    int r = STOPS.indexOf(text.charAt(k));
                    if (r < bestRank) {
                        bestRank = r;
                        best = text.charAt(k);
                    }
                }
                add(out, text, i, j, String.valueOf(best), RULE_DOUBLED, Severity.WARN);
            }
            i = j;
        }
    }

    private static void unpaired(String text, List<Finding> out) {
        for (int t = 0; t < OPENERS.length(); t++) {
            char open = OPENERS.charAt(t);
            char close = CLOSERS.charAt(t);
            Deque<Integer> stack = new ArrayDeque<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == open) {
                    stack.push(i);
                } else if (c == close) {
                    if (close == '’' && Texts.isAsciiLetter(neighbour(text, i, -1))) {
                        continue; // an apostrophe in English text (don’t)
                    }
                    if (stack.isEmpty()) {
                        add(out, text, i, i + 1, null, RULE_UNPAIRED, Severity.WARN, "punct.unpaired.close",
                                String.valueOf(c), String.valueOf(open));
                    } else {
                        stack.pop();
                    }
                }
            }
            List<Integer> left = new ArrayList<>(stack);
            for (int i : left) {
                if (open == '“' && continuedQuotation(text, i)) {
                    continue;
                }
                add(out, text, i, i + 1, null, RULE_UNPAIRED, Severity.WARN, "punct.unpaired.open",
                        String.valueOf(open), String.valueOf(close));
            }
        }
    }

    /** GB/T 15834 4.1.3.3: a quotation over several paragraphs opens each paragraph and closes only the last. */
    private static boolean continuedQuotation(String text, int i) {
        boolean paragraphStart = i == 0 || text.charAt(i - 1) == '\n'
                || text.substring(Math.max(0, text.lastIndexOf('\n', i - 1) + 1), i).isBlank();
        if (!paragraphStart) {
            return false;
        }
        int nl = text.indexOf('\n', i);
        if (nl < 0) {
            return false;
        }
        String rest = text.substring(nl + 1).stripLeading();
        return rest.startsWith("“") && text.indexOf('”', nl) >= 0;
    }

    private static List<int[]> ellipsis(String text, List<int[]> addresses, List<Finding> out) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = ELLIPSIS.matcher(text);
        while (m.find()) {
            if (Texts.inside(addresses, m.start(), m.end())) {
                continue;
            }
            if (m.group().charAt(0) == '.' && (Texts.isAsciiLetter(neighbour(text, m.start(), -1))
                    || Texts.isAsciiLetter(neighbour(text, m.end() - 1, +1)))) {
                continue; // English text
            }
            spans.add(new int[] {m.start(), m.end()});
            add(out, text, m.start(), m.end(), "……", RULE_ELLIPSIS, Severity.WARN);
        }
        return spans;
    }

    private static void ordinal(String text, List<Finding> out) {
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            add(out, text, m.start(1), m.end(), m.group(1) + ".", RULE_ORDINAL, Severity.INFO);
        }
    }

    private static void regex(String text, Pattern p, List<Finding> out, String rule, Severity severity) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.group().replace("、", ""), rule, severity);
        }
    }

    private static void add(List<Finding> out, String text, int start, int end, String suggestion, String rule,
                            Severity severity) {
        String found = text.substring(start, end);
        add(out, text, start, end, suggestion, rule, severity, rule, found, suggestion);
    }

    private static void add(List<Finding> out, String text, int start, int end, String suggestion, String rule,
                            Severity severity, String messageKey, Object... args) {
        out.add(new Finding(start, end, Category.PUNCTUATION, severity, text.substring(start, end), suggestion,
                ProofMessages.text(messageKey, args), rule, null));
    }
}
