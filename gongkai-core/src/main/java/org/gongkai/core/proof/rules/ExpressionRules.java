package org.gongkai.core.proof.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gongkai.core.proof.Severity;

/**
 * The data-driven expression rules (表述规则): fixed formulations, outdated names and references, wrong law
 * titles, banned terms, misspelt state-organ names. County administrators extend them without a release,
 * so the format is one rule a line:
 *
 * <pre>kind|pattern|suggestion|validFrom|validUntil|severity|note[|id]</pre>
 *
 * A | inside a field (a regex alternative) is written \|.
 * The format is documented at the top of {@code expression-rules.txt}. {@link #parse(String)} keeps the
 * good lines and reports each bad one with its line number in {@link #errors()}.
 */
public final class ExpressionRules {

    /** What a rule's pattern means. */
    public enum Kind {
        /** literal text, flagged wherever it occurs */
        WORD,
        /** a Java regular expression; the suggestion may use $1 … */
        REGEX,
        /** the text inside 《》 (with or without the 中华人民共和国 prefix): a wrong or repealed title */
        TITLE,
        /** a full official name: same-length text differing from it in one Chinese character is flagged */
        NAME,
        /** text that no expression rule flags (an exception) */
        ALLOW,
        /** switches off every earlier rule with this pattern (a county turning off a bundled rule) */
        OFF
    }

    /** One rule. Dates are inclusive; null means open. */
    public record Rule(Kind kind, String pattern, String suggestion, LocalDate validFrom, LocalDate validUntil,
                       Severity severity, String note, String id, Pattern regex) {

        /** Whether the rule applies to a document dated {@code date} (today if null). */
        public boolean appliesOn(LocalDate date) {
            LocalDate d = date == null ? LocalDate.now() : date;
            return (validFrom == null || !d.isBefore(validFrom)) && (validUntil == null || !d.isAfter(validUntil));
        }
    }

    /** A line that could not be read. */
    public record LineError(int line, String text, String reason) {

        @Override
        public String toString() {
            return "第" + line + "行：" + reason + "（" + text + "）";
        }
    }

    private static final Set<String> SEVERITIES = Set.of("BLOCK", "WARN", "INFO");

    private final List<Rule> rules;
    private final List<LineError> errors;

    private ExpressionRules(List<Rule> rules, List<LineError> errors) {
        this.rules = List.copyOf(rules);
        this.errors = List.copyOf(errors);
    }

    public static ExpressionRules empty() {
        return new ExpressionRules(List.of(), List.of());
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<LineError> errors() {
        return errors;
    }

    /** The rules shipped with Gongkai: expression-rules.txt and xinhua-terms.txt (新华社禁用词慎用词). */
    public static ExpressionRules bundled() {
        return Bundled.RULES;
    }

    private static final class Bundled {
        static final ExpressionRules RULES = load();

        private static ExpressionRules load() {
            ExpressionRules r = parse(Texts.resource("expression-rules.txt"))
                    .merge(parse(Texts.resource("xinhua-terms.txt")));
            if (!r.errors().isEmpty()) {
                throw new IllegalStateException("bundled expression rules: " + r.errors());
            }
            return r;
        }
    }

    /**
     * The rules of {@code other} after these: an {@code off} line removes the rules with its pattern, and a
     * rule of the same kind and pattern replaces the earlier one.
     */
    public ExpressionRules merge(ExpressionRules other) {
        List<Rule> out = new ArrayList<>(rules);
        for (Rule r : other.rules) {
            if (r.kind == Kind.OFF) {
                out.removeIf(x -> x.pattern.equals(r.pattern));
            } else {
                out.removeIf(x -> x.kind == r.kind && x.pattern.equals(r.pattern) && x.kind != Kind.ALLOW);
                out.add(r);
            }
        }
        List<LineError> errs = new ArrayList<>(errors);
        errs.addAll(other.errors);
        return new ExpressionRules(out, errs);
    }

    /** Reads rules in the line format; bad lines are skipped and reported in {@link #errors()}. */
    public static ExpressionRules parse(String text) {
        List<Rule> rules = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(n + 1, line, e.getMessage()));
            }
        }
        return new ExpressionRules(rules, errors);
    }

    private static Rule parseLine(String line) {
        String[] f = line.split("(?<!\\\\)\\|", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].replace("\\|", "|");
        }
        if (f.length < 2) {
            throw new IllegalArgumentException("至少需要“类别|内容”两栏，栏目之间用竖线 | 分隔");
        }
        if (f.length > 8) {
            throw new IllegalArgumentException("栏目过多（最多8栏）；内容中的竖线应写作 \\|");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(f[0].strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("未知类别“" + f[0].strip() + "”，应为 word、regex、title、name、allow 或 off");
        }
        String pattern = f[1].strip();
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("第2栏（内容）为空");
        }
        String suggestion = field(f, 2);
        LocalDate from = date(field(f, 3), "起始日期");
        LocalDate until = date(field(f, 4), "截止日期");
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("截止日期早于起始日期");
        }
        String sev = field(f, 5);
        Severity severity = Severity.WARN;
        if (sev != null) {
            if (!SEVERITIES.contains(sev.toUpperCase())) {
                throw new IllegalArgumentException("级别“" + sev + "”无效，应为 BLOCK、WARN 或 INFO");
            }
            severity = Severity.valueOf(sev.toUpperCase());
        }
        String note = field(f, 6);
        String id = field(f, 7);
        if (id == null) {
            id = "expr." + kind.name().toLowerCase();
        }
        Pattern regex = null;
        if (kind == Kind.REGEX) {
            try {
                regex = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("正则表达式有误：" + e.getDescription());
            }
        }
        if (kind == Kind.NAME && pattern.length() < 5) {
            throw new IllegalArgumentException("name 类规则的名称至少5个字，过短的名称近似匹配会大量误报");
        }
        return new Rule(kind, pattern, suggestion, from, until, severity, note, id, regex);
    }

    private static String field(String[] f, int i) {
        if (i >= f.length) {
            return null;
        }
        String s = f[i].strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(String s, String what) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + "“" + s + "”格式有误，应写作 2024-03-01");
        }
    }
}
