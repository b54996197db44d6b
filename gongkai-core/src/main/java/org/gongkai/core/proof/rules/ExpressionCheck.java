package org.gongkai.core.proof.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Severity;

/**
 * 表述 (proofing.md §5.3): the {@link ExpressionRules} (fixed formulations, outdated agency names, congresses
 * and plans, repealed or wrong law titles, Xinhua banned terms, misspelt state-organ names), each only on
 * the dates it is valid for, plus two checks over bundled lists: a 《》 title ending in 法 where the known
 * title ends in 条例 or the other way round ({@link LawTitles}), and "X省Y市" where Y is a prefecture-level
 * city of another province ({@link Divisions}).
 *
 * <p>A rule with a start date describes something that became wrong on that date, so it is not applied
 * in a historical context: after 原/前/旧, before （现… or 已废止, in a sentence about the reform itself
 * (不再保留, 撤销, 组建, 划入, 废止 …), or in a sentence that names an earlier year or already contains the
 * suggested wording.
 */
public final class ExpressionCheck implements Check {

    public static final String RULE_LAW_KIND = "expr.lawtitle.kind";
    public static final String RULE_DIVISION = "expr.division";

    private static final String PRC = "中华人民共和国";
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》\\n]{1,80})》");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** The wording of a reform itself (不再保留文化部), which names the old body on purpose. */
    private static final Pattern REFORM = Pattern.compile("不再保留|撤销|更名|改革前|组建|划入|整合|废止|失效");
    private static final Pattern LATER_NOTE = Pattern.compile("^[）)]?\\s*[（(，,]?\\s*(?:已废止|已失效|已撤销|已更名|已被废止|现为|现更名|现已|现)");

    private final ExpressionRules rules;
    private final LawTitles titles;
    private final Divisions divisions;

    public ExpressionCheck() {
        this(ExpressionRules.bundled());
    }

    public ExpressionCheck(ExpressionRules rules) {
        this(rules, LawTitles.bundled(), Divisions.bundled());
    }

    ExpressionCheck(ExpressionRules rules, LawTitles titles, Divisions divisions) {
        this.rules = rules;
        this.titles = titles;
        this.divisions = divisions;
    }

    public ExpressionRules rules() {
        return rules;
    }

    @Override
    public List<Finding> check(String text, ProofContext context) {
        LocalDate date = context == null || context.documentDate() == null ? LocalDate.now() : context.documentDate();
        List<int[]> allowed = new ArrayList<>();
        for (ExpressionRules.Rule r : rules.rules()) {
            if (r.kind() == ExpressionRules.Kind.ALLOW && r.appliesOn(date)) {
                int i = text.indexOf(r.pattern());
                while (i >= 0) {
                    allowed.add(new int[] {i, i + r.pattern().length()});
                    i = text.indexOf(r.pattern(), i + 1);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        Set<Long> spans = new HashSet<>();
        for (ExpressionRules.Rule r : rules.rules()) {
            if (r.appliesOn(date)) {
                apply(r, text, allowed, out, spans);
            }
        }
        lawKinds(text, allowed, out, spans);
        provinces(text, allowed, out, spans);
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return out;
    }

    private void apply(ExpressionRules.Rule r, String text, List<int[]> allowed, List<Finding> out, Set<Long> spans) {
        switch (r.kind()) {
            case WORD -> {
                int i = text.indexOf(r.pattern());
                while (i >= 0) {
                    add(r, text, i, i + r.pattern().length(), r.suggestion(), allowed, out, spans);
                    i = text.indexOf(r.pattern(), i + r.pattern().length());
                }
            }
            case REGEX -> {
                Matcher m = r.regex().matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        add(r, text, m.start(), m.end(), expand(r.suggestion(), m), allowed, out, spans);
                    }
                }
            }
            case TITLE -> {
                Matcher m = BOOK_TITLE.matcher(text);
                while (m.find()) {
                    String t = m.group(1).strip();
                    if (t.equals(r.pattern()) || t.equals(PRC + r.pattern())) {
                        add(r, text, m.start(), m.end(), r.suggestion(), allowed, out, spans);
                    }
                }
            }
            case NAME -> nearMisses(r, text, allowed, out, spans);
            default -> {
                // ALLOW and OFF flag nothing
            }
        }
    }

    /** Same-length text differing from the name in exactly one Chinese character (中华人民共合国). */
    private void nearMisses(ExpressionRules.Rule r, String text, List<int[]> allowed, List<Finding> out,
                            Set<Long> spans) {
        String name = r.pattern();
        int len = name.length();
        List<int[]> exact = new ArrayList<>();
        int e = text.indexOf(name);
        while (e >= 0) {
            exact.add(new int[] {e, e + len});
            e = text.indexOf(name, e + 1);
        }
        for (int i = 0; i + len <= text.length(); i++) {
            int diffs = 0;
            int at = -1;
            for (int k = 0; k < len && diffs <= 1; k++) {
                if (text.charAt(i + k) != name.charAt(k)) {
                    diffs++;
                    at = i + k;
                }
            }
            if (diffs == 1 && Texts.isHan(text.charAt(at)) && !Texts.inside(exact, i, i + len)
                    && at > i && at < i + len - 1) {
                add(r, text, i, i + len, r.suggestion() == null ? name : r.suggestion(), allowed, out, spans);
            }
        }
    }

    private void add(ExpressionRules.Rule r, String text, int start, int end, String suggestion, List<int[]> allowed,
                     List<Finding> out, Set<Long> spans) {
        if (Texts.inside(allowed, start, end) && coveredBy(allowed, start, end)) {
            return;
        }
        if (r.validFrom() != null && historical(text, start, end, r.validFrom(), suggestion)) {
            return;
        }
        if (!spans.add(((long) start << 32) | end)) {
            return;
        }
        String found = text.substring(start, end);
        String message;
        if (r.note() != null && suggestion != null) {
            message = ProofMessages.text("expr.rule.suggest", found, suggestion, r.note());
        } else if (r.note() != null) {
            message = ProofMessages.text("expr.rule", found, r.note());
        } else if (suggestion != null) {
            message = ProofMessages.text("expr.rule.suggest.plain", found, suggestion);
        } else {
            message = ProofMessages.text("expr.rule.plain", found);
        }
        out.add(new Finding(start, end, Category.EXPRESSION, r.severity(), found, suggestion, message, r.id(), null));
    }

    private static boolean coveredBy(List<int[]> allowed, int start, int end) {
        for (int[] a : allowed) {
            if (a[0] <= start && a[1] >= end) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text at [start, end) speaks of the time before {@code from}. */
    static boolean historical(String text, int start, int end, LocalDate from, String suggestion) {
        int before = start - 1;
        if (before >= 0 && text.charAt(before) == '《') {
            before--;
        }
        if (before >= 0 && "原前旧".indexOf(text.charAt(before)) >= 0) {
            return true;
        }
        String after = text.substring(end, Math.min(text.length(), end + 8));
        if (LATER_NOTE.matcher(after).find()) {
            return true;
        }
        String sentence = text.substring(Texts.sentenceStart(text, start), Texts.sentenceEnd(text, end));
        if (REFORM.matcher(sentence).find()) {
            return true;
        }
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) < from.getYear()) {
                return true;
            }
        }
        if (suggestion != null && !suggestion.isBlank()) {
            String plain = suggestion.replaceAll("[《》“”]", "");
            return plain.length() >= 2 && sentence.replaceAll("[《》“”]", "").contains(plain);
        }
        return false;
    }

    /** $1 … in a regex rule's suggestion, from the match. */
    private static String expand(String suggestion, Matcher m) {
        if (suggestion == null || suggestion.indexOf('$') < 0) {
            return suggestion;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < suggestion.length(); i++) {
            char c = suggestion.charAt(i);
            if (c == '$' && i + 1 < suggestion.length() && Character.isDigit(suggestion.charAt(i + 1))) {
                int g = suggestion.charAt(++i) - '0';
                String v = g <= m.groupCount() ? m.group(g) : null;
                sb.append(v == null ? "" : v);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** 《…法》 where the known title is 《…条例》, or the other way round. */
    private void lawKinds(String text, List<int[]> allowed, List<Finding> out, Set<Long> spans) {
        Matcher m = BOOK_TITLE.matcher(text);
        while (m.find()) {
            if (spans.contains(((long) m.start() << 32) | m.end()) || coveredBy(allowed, m.start(), m.end())) {
                continue;
            }
            String t = m.group(1).strip();
            String right = titles.counterpart(t);
            if (right != null) {
                spans.add(((long) m.start() << 32) | m.end());
                String found = m.group();
                String suggestion = "《" + right + "》";
                out.add(new Finding(m.start(), m.end(), Category.EXPRESSION, Severity.BLOCK, found, suggestion,
                        ProofMessages.text(t.endsWith("法") ? "expr.lawtitle.regulation" : "expr.lawtitle.law", found,
                                suggestion), RULE_LAW_KIND, null));
            }
        }
    }

    /** 湖北省张家界, 四川省重庆市: a province followed by a prefecture-level city of another province. */
    private void provinces(String text, List<int[]> allowed, List<Finding> out, Set<Long> spans) {
        for (Divisions.Mismatch x : divisions.mismatches(text)) {
            if (coveredBy(allowed, x.start(), x.end()) || !spans.add(((long) x.start() << 32) | x.end())) {
                continue;
            }
            String found = text.substring(x.start(), x.end());
            out.add(new Finding(x.start(), x.end(), Category.EXPRESSION, Severity.BLOCK, found, x.suggestion(),
                    ProofMessages.text(RULE_DIVISION, found, x.city(), x.writtenProvince(), x.rightProvince(),
                            x.suggestion()), RULE_DIVISION, null));
        }
    }
}
