package org.gongkai.core.proof.rules;

import java.util.ArrayList;
import java.util.Comparator;
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
 * 占位符/模板残留 (proofing.md §5.3 item 8): XX and ×× placeholders, unfilled 文号 and dates, template
 * variables (##…##, {{…}}, ${…}), editors' notes (【此处填写】, TODO, 待补充), □□ and 口口口, HTML left in the
 * text and mojibake. De-identification is not residue: 张某某, 某某公司 and masked numbers (138****1234,
 * 138XXXX1234) are left alone. Template residue on a public page is BLOCK; HTML residue is WARN.
 */
public final class PlaceholderCheck implements Check {

    public static final String RULE_XX = "placeholder.xx";
    public static final String RULE_DOC_NUMBER = "placeholder.docnumber";
    public static final String RULE_DATE = "placeholder.date";
    public static final String RULE_TEMPLATE = "placeholder.template";
    public static final String RULE_NOTE = "placeholder.note";
    public static final String RULE_BOXES = "placeholder.boxes";
    public static final String RULE_HTML = "placeholder.html";
    public static final String RULE_MOJIBAKE = "placeholder.mojibake";

    private static final String X = "[XxＸｘ×]";

    private record Rule(String id, Pattern pattern, Severity severity) {
    }

    /** In order: an earlier rule's span hides later findings inside it. */
    private static final List<Rule> RULES = List.of(
            new Rule(RULE_DOC_NUMBER, Pattern.compile("[〔\\[［(（]\\s*(?:\\d{4}|" + X + "{2,4})\\s*[〕\\]］)）]\\s*(?:" + X
                    + "+|\\d*" + X + "+\\d*)\\s*号|[〔\\[［]" + X + "{2,4}[〕\\]］]"), Severity.BLOCK),
            new Rule(RULE_DATE, Pattern.compile("(?:(?:\\d{4}|" + X + "{2,4})\\s*年\\s*)?" + X + "{1,2}\\s*月\\s*" + X
                    + "{1,2}\\s*日|\\d{4}\\s*年\\s*" + X + "{1,2}\\s*月|" + X + "{2,4}\\s*年"), Severity.BLOCK),
            new Rule(RULE_XX, Pattern.compile("(?<![A-Za-z0-9])" + X + "{2,}(?![A-Za-z0-9])"), Severity.BLOCK),
            new Rule(RULE_TEMPLATE, Pattern.compile("\\{\\{[^{}\\n]{0,60}\\}\\}|\\$\\{[^{}\\n]{0,60}\\}|#{2,}[^#\\s]{0,30}#{2,}|#{2,}"),
                    Severity.BLOCK),
            new Rule(RULE_NOTE, Pattern.compile("【[^】\\n]{0,30}(?:填写|待定|待补充|此处|待核实|待确认)[^】\\n]{0,30}】"
                    + "|[\\[［（(]\\s*(?:待补充|待定|待填写|待核实|此处[^）)\\]］\\n]{0,15})\\s*[\\]］）)]"
                    + "|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|此处插入|此处填写|请输入[^，。；\\n]{0,10}"), Severity.BLOCK),
            new Rule(RULE_BOXES, Pattern.compile("□{2,}|口口口+|■{3,}"), Severity.BLOCK),
            new Rule(RULE_MOJIBAKE, Pattern.compile("(?:锟斤拷)+|(?:烫烫烫)烫*|(?:屯屯屯)屯*|\\uFFFD+"), Severity.BLOCK),
            new Rule(RULE_HTML, Pattern.compile("(?i)<\\s*/?\\s*(?:p|span|div|br|font|strong|b|i|u|table|tr|td|img|a|o:p)\\b[^<>]{0,200}>"
                    + "|(?i)(?<![A-Za-z])(?:p|span|div|font)\\s*(?:align|style|class)\\s*=\\s*\\\\?\"?"
                    + "|&(?:nbsp|lt|gt|amp|quot|ldquo|rdquo|mdash|hellip|#\\d{2,6});"), Severity.WARN));

    @Override
    public List<Finding> check(String text, ProofContext context) {
        List<int[]> addresses = Texts.addresses(text);
        List<int[]> taken = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (e == s || Texts.inside(taken, s, e)) {
                    continue;
                }
                if (r.id.equals(RULE_TEMPLATE) && Texts.inside(addresses, s, e)) {
                    continue; // #anchors in a web address
                }
                if (r.id.equals(RULE_XX) && Texts.inside(addresses, s, e)) {
                    continue;
                }
                taken.add(new int[] {s, e});
                String found = text.substring(s, e);
                out.add(new Finding(s, e, Category.PLACEHOLDER, r.severity, found, null,
                        ProofMessages.text(r.id, found), r.id, null));
            }
        }
        out.sort(Comparator.comparingInt(Finding::start));
        return out;
    }
}
