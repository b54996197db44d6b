package org.gongkai.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.gongkai.demo.internal.AgencyCatalog.Def;

/**
 * Writes the words of one item: title, 文号, 体裁, 主题分类, 内容概述 and body. Titles and bodies are filled-in
 * templates; a template names its slots in braces ({@code {theme}}, {@code {year}}, {@code {village}} …) and
 * a slot keeps its value for the whole item, so the body talks about what the title announced.
 *
 * <p>One composer writes one item and is thrown away. Running numbers (文号, 第n期) come from
 * {@link Counters}, which only keeps them once the generator accepts the item.
 */
final class ItemComposer {

    static final String COUNTY = AgencyCatalog.COUNTY;

    /** The words of one item. */
    static final class Content {
        String title;
        String genre;
        String topic;
        String summary;
        String body;
        String docNo;
        /** For a document that gets a 解读: what the interpretation talks about. */
        Policy policy;
        LocalDate validUntil;
        /** The category actually written, when the composer had to fall back to 工作动态. */
        String category;
    }

    /** What an interpretation needs to know about the document it explains. */
    record Policy(Def def, String docName, String docNo, String core, LocalDate effective,
            LocalDate validUntil, String topic, String theme, boolean normative, String[] laws) {
    }

    /**
     * One generator run's running numbers per key (文号 per prefix and year, 期数 per template and year),
     * kept only on commit, and its reusable text buffers (a million items would otherwise allocate tens of
     * gigabytes of short-lived builders). Not thread-safe; one per run.
     */
    static final class Counters {
        private final Map<String, Integer> committed = new HashMap<>();
        private final Map<String, Integer> tentative = new HashMap<>();
        private final StringBuilder[] buffers = new StringBuilder[16];
        private int depth;
        private final StringBuilder body = utf16(MAX_BODY + 64);

        /** A builder already in UTF-16 mode, so appending Chinese text does not copy it again. */
        private static StringBuilder utf16(int capacity) {
            StringBuilder sb = new StringBuilder(capacity);
            sb.append('\u4E00').setLength(0);
            return sb;
        }

        /** Borrows a cleared buffer; {@link #release} gives it back. Calls may nest. */
        StringBuilder borrow() {
            if (depth == buffers.length) {
                return utf16(256);
            }
            StringBuilder sb = buffers[depth];
            if (sb == null) {
                sb = utf16(256);
                buffers[depth] = sb;
            }
            depth++;
            sb.setLength(0);
            return sb;
        }

        void release(StringBuilder sb) {
            if (depth > 0 && buffers[depth - 1] == sb) {
                depth--;
            }
        }

        StringBuilder body() {
            body.setLength(0);
            return body;
        }

        int next(String key) {
            return committed.getOrDefault(key, 0) + tentative.merge(key, 1, Integer::sum);
        }

        void commit() {
            tentative.forEach((k, v) -> committed.merge(k, v, Integer::sum));
            tentative.clear();
        }

        void rollback() {
            tentative.clear();
        }
    }

    private final Def def;
    private final LocalDate written;
    private final LocalDate published;
    private final SplittableRandom rng;
    private final Counters counters;
    private final Map<String, String> memo = new HashMap<>();
    private String seqKey;
    private int attempt;

    static final int FALLBACK_ATTEMPT = 20;
    private static final int REVISION_ATTEMPT = 6;

    private ItemComposer(Def def, LocalDate written, LocalDate published, SplittableRandom rng, Counters counters) {
        this.def = def;
        this.written = written;
        this.published = published;
        this.rng = rng;
        this.counters = counters;
    }

    // ==============================================================================================
    // Entry points

    /**
     * Writes a regular item. {@code attempt} counts earlier drafts refused because their title was taken:
     * after a few, a 规范性文件 becomes a revision of an earlier one (（2024年修订）); after many, an agency
     * that has said everything its category allows publishes a 工作动态 instead.
     */
    static Content compose(Def def, String category, boolean normative, boolean interpreted, LocalDate written,
            LocalDate published, SplittableRandom rng, Counters counters, int attempt) {
        ItemComposer w = new ItemComposer(def, written, published, rng, counters);
        w.attempt = attempt;
        Content c = new Content();
        c.category = category;
        if (attempt >= FALLBACK_ATTEMPT && !"ZCWJ".equals(category)) {
            category = "GZDT";
            c.category = category;
        }
        switch (category) {
            case "GZDT" -> w.news(c);
            case "TZGG" -> w.fromPool(c, TZGG, "TZGG");
            case "ZCWJ" -> {
                if (normative) {
                    w.normative(c);
                } else {
                    w.policy(c, interpreted);
                }
            }
            case "GHJH" -> w.fromPool(c, GHJH, "GHJH");
            case "RSXX" -> w.personnel(c);
            case "CZXX" -> w.fromPool(c, CZXX, "CZXX");
            case "YJGL" -> w.fromPool(c, YJGL, "YJGL");
            case "ZDLY" -> w.keyArea(c);
            case "XZXK" -> w.licence(c);
            case "XZCF" -> w.penalty(c);
            case "JGXX" -> w.organisation(c);
            default -> throw new IllegalArgumentException("no composer for " + category);
        }
        if (c.topic == null) {
            String theme = w.value("theme");
            c.topic = c.title.contains(theme) || !(def.isLocal() || def.isGeneral())
                    ? AgencyCatalog.topicOf(theme, def) : "综合政务\\其他";
        }
        return c;
    }

    static Content budget(Def def, int year, boolean finalAccount, LocalDate written, LocalDate published,
            SplittableRandom rng, Counters counters) {
        ItemComposer w = new ItemComposer(def, written, published, rng, counters);
        Content c = new Content();
        w.budget(c, year, finalAccount);
        return c;
    }

    static Content interpretation(Policy policy, LocalDate written, LocalDate published, SplittableRandom rng,
            Counters counters) {
        ItemComposer w = new ItemComposer(policy.def(), written, published, rng, counters);
        Content c = new Content();
        w.interpret(c, policy);
        return c;
    }

    // ==============================================================================================
    // Slots

    private String value(String key) {
        String v = memo.get(key);
        if (v != null) {
            return v;
        }
        v = compute(key);
        if (!VOLATILE.contains(key)) {
            memo.put(key, v);
        }
        return v;
    }

    private static final java.util.Set<String> VOLATILE = java.util.Set.of("measure", "goal");

    private void set(String key, String v) {
        memo.put(key, v);
    }

    private String compute(String key) {
        int y = written.getYear();
        int m = written.getMonthValue();
        return switch (key) {
            case "county" -> COUNTY;
            case "agency" -> def.name;
            case "short", "self" -> def.shortName;
            case "year" -> Integer.toString(y);
            case "lastYear" -> Integer.toString(y - 1);
            case "nextYear" -> Integer.toString(y + 1);
            case "year2" -> Integer.toString(y + 2);
            case "year5" -> Integer.toString(y + 5);
            case "planYear" -> Integer.toString(m >= 11 ? y + 1 : y);
            case "month" -> Integer.toString(m);
            case "ym" -> {
                LocalDate p = written.minusMonths(1);
                yield p.getYear() + "年" + p.getMonthValue() + "月";
            }
            case "quarter" -> {
                LocalDate p = written.minusMonths(3);
                yield p.getYear() + "年" + QUARTERS[(p.getMonthValue() - 1) / 3];
            }
            case "curQuarter" -> QUARTERS[(m - 1) / 3];
            case "half" -> m <= 6 ? "上半年" : "下半年";
            case "date" -> m + "月" + written.getDayOfMonth() + "日";
            case "deadline" -> {
                LocalDate d = written.plusDays(20);
                yield d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            }
            case "fulldate" -> full(written);
            case "pubdate" -> full(published);
            case "theme" -> pickTheme();
            case "theme2" -> {
                String t;
                int guard = 0;
                do {
                    t = pick(def.themes);
                } while (t.equals(value("theme")) && ++guard < 10);
                yield t;
            }
            case "place" -> {
                String t;
                do {
                    t = pick(AgencyCatalog.TOWNSHIP_NAMES);
                } while (t.equals(def.shortName));
                yield t;
            }
            case "unitsMeeting" -> def.isSubdistrict() ? "社区" : "村级";
            case "where" -> def.isLocal() ? value("village") : value("place");
            case "village" -> def.isSubdistrict() ? pick(Vocab.COMMUNITIES) : pick(Vocab.VILLAGES);
            case "project" -> (def.isLocal() ? def.shortName : chance(0.3) ? value("place") : pick(Vocab.PROJECT_PLACES))
                    + pick(Vocab.PROJECT_TYPES);
            case "smallProject" -> pick(def.isSubdistrict() ? Vocab.COMMUNITY_PROJECTS : Vocab.SMALL_PROJECTS);
            case "company" -> (chance(0.7) ? COUNTY : value("place")) + pick(Vocab.BIZ_WORDS) + pick(Vocab.BIZ_TRADES);
            case "person" -> pick(Vocab.SURNAMES) + "某某";
            case "holiday" -> holiday(m, written.getDayOfMonth());
            case "season" -> SEASONS[m % 12 / 3];
            case "hazard" -> pick(HAZARDS[m % 12 / 3]);
            case "permit" -> def.permits.length > 0 ? pick(def.permits) : "行政许可";
            case "violation", "law" -> {
                String pair = def.violations.length > 0 ? pick(def.violations) : "违反有关管理规定|中华人民共和国行政处罚法";
                int bar = pair.indexOf('|');
                set("violation", pair.substring(0, bar));
                set("law", pair.substring(bar + 1));
                yield memo.get(key);
            }
            case "basis" -> {
                String law = Vocab.THEME_LAW.get(value("theme"));
                yield "《" + (law != null ? law : pick(def.laws)) + "》";
            }
            case "leader" -> leader();
            case "n" -> Integer.toString(counters.next(seqKey));
            case "cnN" -> chinese(Integer.parseInt(value("n")));
            case "num" -> Integer.toString(between(3, 40));
            case "num2" -> Integer.toString(between(2, 25));
            case "num3" -> Integer.toString(between(5, 60));
            case "big" -> Integer.toString(between(120, 4800));
            case "big2" -> Integer.toString(between(80, 2600));
            case "amount" -> money(between(500, 900000));
            case "pct" -> between(1, 30) + "." + between(0, 9);
            case "other" -> {
                Def o;
                do {
                    o = AgencyCatalog.DEFS.get(1 + rng.nextInt(AgencyCatalog.DEPARTMENTS));
                } while (o == def);
                yield o.shortName;
            }
            case "plan5" -> y <= 2025 ? "十四五" : "十五五";
            case "phone" -> AgencyCatalog.phone(def);
            case "office" -> AgencyCatalog.office(def);
            case "fund" -> fund();
            case "summaryPeriod" -> m <= 3 ? (y - 1) + "年" : m <= 6 ? y + "年第一季度" : m <= 9 ? y + "年上半年" : y + "年前三季度";
            case "unitType" -> pick(Vocab.UNIT_TYPES);
            case "draftType" -> pick(Vocab.DRAFT_TYPES);
            case "stage" -> pick(Vocab.STAGES);
            case "service" -> pick(Vocab.SERVICES);
            case "envProject" -> pick(Vocab.ENV_PROJECTS);
            case "plan" -> pick(Vocab.EMERGENCY_PLANS);
            case "weather" -> pick(WEATHER[m % 12 / 3]);
            case "color" -> pick(new String[] {"蓝色", "黄色", "黄色", "橙色"});
            case "level" -> pick(new String[] {"Ⅳ", "Ⅳ", "Ⅲ"});
            case "goal" -> r(pick(Vocab.GOALS));
            case "measure" -> r(pick(Vocab.MEASURES));
            case "addressee" -> def.isGovernment() || "zfb".equals(def.slug)
                    ? "各乡镇人民政府、街道办事处，县政府各部门、各直属单位："
                    : def.isLocal() ? "各村（社区），各站所办：" : "各乡镇人民政府、街道办事处，县级有关单位：";
            default -> throw new IllegalStateException("unknown slot {" + key + "}");
        };
    }

    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};
    private static final String[] SEASONS = {"冬季", "春季", "夏季", "秋季"};
    private static final String[][] HAZARDS = {
        {"低温雨雪冰冻", "森林火灾", "燃气安全事故"}, {"地质灾害", "强对流天气", "森林火灾"},
        {"洪涝", "台风", "高温"}, {"森林火灾", "干旱", "台风"}};
    private static final String[][] WEATHER = {
        {"寒潮", "道路结冰", "大雾", "暴雪"}, {"大风", "雷电", "暴雨"}, {"暴雨", "雷电", "高温"}, {"大风", "大雾", "干旱"}};

    /** A fund this agency allocates (any fund for the county government and the finance bureau). */
    private String fund() {
        for (int guard = 0; guard < 100; guard++) {
            String f = pick(Vocab.FUNDS);
            int bar = f.indexOf('|');
            if (def.isGeneral() || ("," + f.substring(bar + 1) + ",").contains("," + def.slug + ",")) {
                return f.substring(0, bar);
            }
        }
        return def.isLocal() ? "村级组织运转经费" : "部门专项资金";
    }

    private String pickTheme() {
        if (def.isGovernment() || "zfb".equals(def.slug)) {
            return chance(0.5) ? pick(def.themes) : pick(AgencyCatalog.ALL_THEMES);
        }
        return def.isLocal() || chance(0.8) ? pick(def.themes) : pick(Vocab.SHARED_THEMES);
    }

    private String leader() {
        if (def.isGovernment()) {
            return pick(new String[] {"县政府主要领导", "县政府分管领导", "县政府主要负责同志"});
        }
        if (def.isLocal()) {
            return def.shortName + pick(new String[] {"主要负责同志", "分管负责同志"});
        }
        return def.shortName + pick(new String[] {"主要负责人", "分管负责人"});
    }

    private static String holiday(int month, int day) {
        return switch (month) {
            case 1 -> "春节";
            case 2 -> day <= 10 ? "春节" : "清明节";
            case 3 -> "清明节";
            case 4 -> "劳动节";
            case 5, 6 -> "端午节";
            case 7, 8 -> "中秋节";
            case 9 -> "中秋节、国庆节";
            case 10, 11 -> "元旦";
            default -> "元旦、春节";
        };
    }

    static String full(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** 1 → 一, 15 → 十五, 23 → 二十三, 105 → 一百零五 (enough for meeting and batch numbers). */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        if (n < 1000) {
            int rest = n % 100;
            return DIGITS.charAt(n / 100) + "百" + (rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest)
                    : rest < 20 ? "一" + chinese(rest) : chinese(rest));
        }
        return Integer.toString(n);
    }

    private static String money(int hundredths) {
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    /** Doubled words a theme can produce in a template ("信访工作" + "工作"). */
    private static final String[] TWICE = {"工作工作", "管理管理", "建设建设"};

    /** Fills a template's slots. */
    String r(String tpl) {
        if (seqKey == null) {
            seqKey = def.code + '|' + tpl + '|' + written.getYear();
        }
        StringBuilder sb = counters.borrow();
        int i = 0;
        int n = tpl.length();
        while (i < n) {
            char c = tpl.charAt(i);
            if (c == '{') {
                int e = tpl.indexOf('}', i);
                sb.append(value(tpl.substring(i + 1, e)));
                i = e + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        for (String twice : TWICE) {
            int dup = sb.indexOf(twice);
            while (dup >= 0) {
                sb.delete(dup, dup + twice.length() / 2);
                dup = sb.indexOf(twice);
            }
        }
        String out = sb.toString();
        counters.release(sb);
        return out;
    }

    /** Fills a title template; its text keys the {n} counter. */
    private String title(String tpl) {
        seqKey = def.code + '|' + tpl + '|' + written.getYear();
        String t = r(tpl);
        memo.put("title", t);
        return t;
    }

    private <T> T pick(T[] a) {
        return a[rng.nextInt(a.length)];
    }

    private boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    private int between(int lo, int hiInclusive) {
        return lo + rng.nextInt(hiInclusive - lo + 1);
    }

    /** Picks a "genre|template" line whose optional "@tags:" prefix admits this agency. */
    private String[] pickLine(String[] pool) {
        for (int guard = 0; guard < 200; guard++) {
            String line = pick(pool);
            if (line.charAt(0) == '@') {
                int colon = line.indexOf(':');
                if (!admits(line.substring(1, colon))) {
                    continue;
                }
                line = line.substring(colon + 1);
            }
            int bar = line.indexOf('|');
            return new String[] {line.substring(0, bar), line.substring(bar + 1)};
        }
        throw new IllegalStateException("no template admits " + def.name);
    }

    private boolean admits(String tags) {
        for (String t : tags.split(",")) {
            boolean ok = switch (t) {
                case "general" -> def.isGeneral();
                case "local" -> def.isLocal();
                case "twp" -> "TOWNSHIP".equals(def.kind);
                case "dept" -> !def.isLocal();
                case "gov" -> def.isGovernment();
                default -> t.equals(def.slug);
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    // ==============================================================================================
    // HTML blocks (only p, h2, ol/li and table/tr/th/td; text is escaped)

    static String esc(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('&') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String p(String text) {
        return "<p>" + esc(text) + "</p>";
    }

    private static String h2(String text) {
        return "<h2>" + esc(text) + "</h2>";
    }

    /** A numbered list; items without closing punctuation get "；", the last one "。". */
    private static String ol(List<String> items) {
        StringBuilder sb = new StringBuilder("<ol>");
        for (int k = 0; k < items.size(); k++) {
            String i = items.get(k);
            char end = i.isEmpty() ? ' ' : i.charAt(i.length() - 1);
            String close = end == '。' || end == '；' || end == '：' || end == '）' ? "" : k == items.size() - 1 ? "。" : "；";
            sb.append("<li>").append(esc(i)).append(close).append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    private static String table(String[] header, List<String[]> rows) {
        StringBuilder sb = new StringBuilder("<table><tr>");
        for (String h : header) {
            sb.append("<th>").append(esc(h)).append("</th>");
        }
        sb.append("</tr>");
        for (String[] row : rows) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(esc(cell)).append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</table>").toString();
    }

    static final int MIN_BODY = 300;
    static final int MAX_BODY = 2000;

    /** Joins blocks into a body of {@value #MIN_BODY}–{@value #MAX_BODY} characters, never cutting a block. */
    private String assemble(List<String> blocks) {
        String sig = signature();
        if (blocks.size() > 1 && blocks.get(blocks.size() - 1).equals(sig)) {
            List<String> head = new ArrayList<>(blocks.subList(0, blocks.size() - 1));
            String body = assembleRaw(head, MIN_BODY - sig.length(), MAX_BODY - sig.length());
            return body + sig;
        }
        return assembleRaw(blocks, MIN_BODY, MAX_BODY);
    }

    private String assembleRaw(List<String> blocks, int min, int max) {
        StringBuilder sb = counters.body();
        int last = blocks.size() - 1;
        int tail = blocks.get(last).length();
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            int reserve = i < last ? tail : 0;
            if (sb.length() + b.length() + reserve <= max) {
                sb.append(b);
            }
        }
        int f = rng.nextInt(Vocab.FILLERS.length);
        for (int k = 0; k < Vocab.FILLERS.length && sb.length() < min; k++) {
            String filler = Vocab.FILLERS[(f + k) % Vocab.FILLERS.length];
            if (sb.indexOf(filler.substring(0, 4)) < 0) {
                sb.append(p(filler));
            }
        }
        if (sb.length() < min) {
            sb.append(p("本信息由" + def.name + "负责解释。如有疑问，请在工作日致电" + AgencyCatalog.phone(def) + "咨询。"));
        }
        while (sb.length() < min) {
            sb.append(p(Vocab.FILLERS[f++ % Vocab.FILLERS.length]));
        }
        return sb.toString();
    }

    /** Steps coprime to the number of measures, so a list never repeats one. */
    private static final int[] STEPS = {1, 5, 7};

    private List<String> measures(int count) {
        List<String> out = new ArrayList<>(count);
        int start = rng.nextInt(Vocab.MEASURES.length);
        int step = STEPS[rng.nextInt(STEPS.length)];
        for (int i = 0; i < count; i++) {
            out.add(r(Vocab.MEASURES[(start + i * step) % Vocab.MEASURES.length]));
        }
        return out;
    }

    private String signature() {
        return p(def.name + "　" + full(written));
    }

    /** The matter a title is about: the text after 关于 and before its last 的, else the title itself. */
    private String subject(String title) {
        int a = title.indexOf("关于");
        int b = title.lastIndexOf('的');
        if (a >= 0 && b > a + 2) {
            return title.substring(a + 2, b);
        }
        String t = title.startsWith(def.name) ? title.substring(def.name.length())
                : title.startsWith(COUNTY) ? title.substring(COUNTY.length()) : title;
        return stripGenre(t);
    }

    /** What a title announces, for a summary: the agency by its short name, without the genre word. */
    private String about(String title) {
        if (title.indexOf("关于") >= 0) {
            return subject(title);
        }
        String t = title.startsWith(def.name) ? def.shortName + title.substring(def.name.length()) : title;
        return stripGenre(t);
    }

    private static String stripGenre(String t) {
        for (String g : new String[] {"公示", "公告", "通告", "通报", "报告"}) {
            if (t.endsWith(g) && t.length() > g.length() + 4) {
                return t.substring(0, t.length() - g.length());
            }
        }
        return t;
    }

    private static String firstSentence(String text, int max) {
        int e = text.indexOf('。');
        String s = e > 0 ? text.substring(0, e + 1) : text;
        return s.length() > max ? s.substring(0, max - 1) + "。" : s;
    }

    // ==============================================================================================
    // 工作动态

    private static final String[] NEWS_DEPT = {
        "M|{agency}召开{year}年{theme}工作会议", "M|{short}召开{theme}工作推进会", "E|{short}召开{year}年{month}月份工作例会",
        "T|{county}{year}年{theme}工作培训会召开", "M|{short}召开{theme}工作座谈会", "M|{short}部署{season}{theme}工作",
        "I|{short}开展{theme}专项检查", "I|{short}联合{other}开展{theme}联合检查", "A|{short}迎接市级{theme}工作考核",
        "T|{short}举办{theme}业务培训班", "C|{short}组织开展{theme}宣传活动", "C|{short}走进{place}开展{theme}政策宣讲",
        "P|{short}扎实推进{theme}工作", "P|{short}多措并举做好{theme}工作", "P|{county}{theme}工作取得阶段性成效",
        "P|{short}全力做好{holiday}期间{theme}工作", "R|{leader}赴{place}调研{theme}工作", "I|{short}开展{holiday}前{theme}督查"};
    private static final String[] NEWS_GOV = {
        "G|县政府召开{year}年第{cnN}次常务会议", "G|县政府召开{year}年第{cnN}次常务会议", "M|{county}召开{year}年{theme}工作会议",
        "R|{leader}督导检查{place}{theme}工作", "M|{county}召开{holiday}前{theme}工作部署会", "R|{leader}赴{place}调研{theme}工作",
        "P|{county}{theme}工作取得阶段性成效", "M|{county}{year}年{theme}工作推进会召开", "T|{county}举办{theme}专题培训班",
        "I|{county}开展{theme}专项督查"};
    private static final String[] NEWS_LOCAL = {
        "M|{self}召开{year}年{theme}工作部署会", "P|{self}开展{theme}专项行动", "P|{self}扎实推进{theme}", "P|{self}：多措并举推进{theme}",
        "P|{self}{village}{theme}工作见实效", "I|{self}组织开展{season}{theme}隐患排查", "I|{self}开展{holiday}前{theme}检查",
        "E|{self}召开{year}年{month}月份{unitsMeeting}工作例会", "R|{leader}赴{village}调研{theme}工作", "C|{self}{village}开展{theme}宣传活动",
        "T|{self}举办{theme}业务培训"};

    private void news(Content c) {
        String[] line = pickLine(def.isGovernment() ? NEWS_GOV : def.isLocal() ? NEWS_LOCAL : NEWS_DEPT);
        c.title = title(line[1]);
        c.genre = "其他";
        char kind = line[0].charAt(0);
        List<String> b = new ArrayList<>();
        String who = def.isGovernment() ? COUNTY + "人民政府" : def.name;
        String trainees = def.isLocal() ? "各村（社区）干部和站所工作人员" : "各乡镇（街道）和县级有关部门业务骨干";
        switch (kind) {
            case 'G' -> {
                b.add(p(r("{date}，县政府召开{year}年第{cnN}次常务会议，研究{theme}、{theme2}等工作。")));
                b.add(p(r("会议听取了关于{theme}工作情况的汇报。会议指出，{goal}是当前的一项重要任务，各乡镇（街道）、各部门要坚持问题导向，细化工作举措，确保取得实效。")));
                b.add(p(r("会议审议并原则通过了《青山县{theme2}工作方案》，要求有关部门根据会议意见修改完善后按程序印发实施。")));
                b.add(p(r("会议研究了{holiday}前后安全生产、市场保供和值班值守等工作，强调要严格落实领导带班和24小时值班制度，确保全县社会大局和谐稳定。")));
                b.add(p("会议还研究了其他事项。"));
            }
            case 'M' -> {
                b.add(p(r("{date}，") + who + r("召开{theme}工作会议，") + pick(def.isLocal() ? Vocab.LOCAL_ATTENDEES : Vocab.ATTENDEES)
                        + r("参加会议。会议传达学习了上级关于{theme}工作的部署要求，总结了前一阶段工作，部署下一阶段重点任务。")));
                b.add(p(r(pick(Vocab.POINTS))));
                List<String> ms = measures(3);
                b.add(p("会议强调，一是要" + ms.get(0) + "；二是要" + ms.get(1) + "；三是要" + ms.get(2) + "。"));
                b.add(p(r(pick(Vocab.REQUIREMENTS))));
                b.add(p(r("会上，{num2}个单位作了交流发言，与会人员结合各自工作实际进行了讨论。")));
            }
            case 'E' -> {
                b.add(p(r("{date}，") + who + r("召开{month}月份工作例会，") + pick(def.isLocal() ? Vocab.LOCAL_ATTENDEES : Vocab.ATTENDEES)
                        + r("参加会议。会议通报了上月重点工作完成情况，部署了{theme}、{theme2}等近期重点工作。")));
                b.add(p(r("会议指出，上月各项工作总体推进顺利，但{theme2}等方面仍有差距，要对照年度目标查漏补缺，加快工作进度。")));
                List<String> ms = measures(2);
                b.add(p("会议要求，一要" + ms.get(0) + "；二要" + ms.get(1) + "。"));
                b.add(p(r("会议还对{holiday}前后安全生产、值班值守等工作进行了安排。")));
            }
            case 'A' -> {
                b.add(p(r("{date}，市级考核组来我县对{theme}工作进行考核。考核组通过听取汇报、查阅资料、实地察看等方式，全面了解了{county}{theme}工作开展情况。")));
                b.add(p(r("{short}主要负责人汇报了今年以来{theme}工作的主要做法、取得成效和下一步打算。考核组还实地察看了{place}等地的工作开展情况。")));
                b.add(p(r("考核组对{county}{theme}工作给予肯定，同时指出了存在的不足，并提出了意见建议。")));
                b.add(p(r("{short}表示，将以此次考核为契机，对照考核反馈意见认真抓好整改，推动{theme}工作再上新台阶。")));
            }
            case 'I' -> {
                b.add(p(r("{date}，{short}组织检查组深入{where}等地，对{theme}工作开展检查。检查组采取听取汇报、查阅资料、实地查看等方式，重点检查了")
                        + pick(Vocab.FOCUS) + "等情况。"));
                b.add(p(r("此次检查共检查单位（点位）{num3}个，发现问题{num}处，现场整改{num2}处，对其余问题下发整改通知，明确整改责任和时限。")));
                b.add(p(r("从检查情况看，大部分单位能够认真落实{theme}工作要求，责任体系基本健全，但也存在台账资料不规范、日常巡查不到位等问题。")));
                b.add(p(r(pick(Vocab.REQUIREMENTS))));
            }
            case 'T' -> {
                b.add(p(r("{date}，") + who + r("举办{theme}业务培训，") + trainees + r("共") + between(30, 260) + "人参加培训。"));
                b.add(p(r("培训围绕{theme}相关法律法规、政策要求和实务操作等内容，采取专题授课、案例分析和交流研讨相结合的方式进行。")));
                b.add(p(r("授课人员结合近年来的典型案例，对工作中容易出现的问题进行了深入剖析，并现场解答了参训人员提出的问题。")));
                b.add(p(r("通过此次培训，参训人员进一步熟悉了{theme}工作的政策要求和操作流程，为做好下一步工作打下了坚实基础。")));
            }
            case 'C' -> {
                b.add(p(r("{date}，{short}在{where}开展{theme}宣传活动。活动通过设置咨询台、发放宣传资料、现场讲解等形式，向群众宣传{theme}相关政策法规和常识。")));
                b.add(p(r("活动现场共发放宣传资料") + between(200, 3000) + r("余份，解答群众咨询{num3}人次，受到群众欢迎。")));
                b.add(p(r("工作人员还结合身边的典型案例，用通俗易懂的语言讲解{theme}相关知识，引导群众增强法治意识和自我保护意识。")));
                b.add(p(r("下一步，{short}将持续开展形式多样的宣传活动，不断提高群众对{theme}工作的知晓率和满意度。")));
            }
            case 'R' -> {
                b.add(p(r("{date}，{leader}带队赴{where}调研{theme}工作，实地察看了项目现场和服务站点，听取了相关情况汇报。")));
                b.add(p(r("调研指出，") + r(pick(Vocab.POINTS))));
                b.add(p(r("调研要求，要") + measures(1).get(0) + r("，推动{theme}工作不断取得新成效。")));
                b.add(p(r("{short}有关科室负责人陪同调研。")));
            }
            default -> {
                b.add(p(r("今年以来，{short}紧紧围绕“{goal}”目标，扎实推进{theme}工作，取得阶段性成效。")));
                List<String> ms = measures(3);
                b.add(p("一是" + ms.get(0) + "。二是" + ms.get(1) + "。三是" + ms.get(2) + "。"));
                b.add(p(r("截至{month}月底，累计完成相关任务{num3}项，服务群众") + between(200, 9000) + "人次，群众满意度达到" + between(90, 99) + "%以上。"));
                b.add(p(r("下一步，{short}将持续巩固工作成效，不断提升{theme}工作水平，为{county}高质量发展贡献力量。")));
            }
        }
        c.body = assemble(b);
        c.summary = firstSentence(stripTags(b.get(0)), 140);
    }

    private static String stripTags(String html) {
        StringBuilder sb = new StringBuilder(html.length());
        boolean in = false;
        for (int i = 0; i < html.length(); i++) {
            char ch = html.charAt(i);
            if (ch == '<') {
                in = true;
            } else if (ch == '>') {
                in = false;
            } else if (!in) {
                sb.append(ch);
            }
        }
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    // ==============================================================================================
    // Pools of "genre|template" lines; "@tags:" limits a line to some agencies

    private static final String[] TZGG = {
        "通知|{agency}关于做好{year}年{theme}工作的通知", "通知|{agency}关于开展{year}年{theme}专项检查的通知",
        "@dept:公告|{agency}关于{holiday}期间{service}安排的公告",
        "@dept:公告|{agency}关于公开征求《{county}{theme}{draftType}（征求意见稿）》意见的公告",
        "@dept:公示|关于{project}{stage}的公示", "公示|{agency}关于{year}年度{theme}工作先进集体的公示",
        "通报|{agency}关于{year}年{theme}检查情况的通报", "通知|{agency}关于开展{year}年{theme}宣传月活动的通知",
        "@dept:公告|{agency}{year}年第{n}批“双随机、一公开”抽查结果公告", "公告|{agency}关于公布{theme}投诉举报渠道的公告",
        "通知|{agency}关于印发{year}年{theme}工作任务清单的通知", "通报|{agency}关于{ym}{theme}工作情况的通报",
        "@local:公示|{self}关于{village}{smallProject}项目的公示", "@local:公告|{self}关于{holiday}期间值班安排的公告",
        "@local:通告|{self}关于开展{theme}集中整治的通告", "@local:公示|{self}{village}{year}年第{n}批{smallProject}项目公示"};

    private static final String[] GHJH = {
        "计划|{agency}{planYear}年工作计划", "要点|{county}{planYear}年{theme}工作要点", "计划|{agency}{planYear}年度{theme}工作计划",
        "@dept:规划|{county}“{plan5}”{theme}规划", "@dept:报告|{county}“{plan5}”{theme}规划实施情况评估报告",
        "@general,fgj:报告|{county}{lastYear}年国民经济和社会发展计划执行情况与{year}年计划草案的报告",
        "要点|{agency}{planYear}年政务公开工作要点", "报告|{agency}{lastYear}年法治政府建设年度报告",
        "@general:计划|{county}{planYear}年民生实事项目计划", "报告|{agency}{summaryPeriod}工作总结",
        "@dept:方案|{county}{theme}三年行动计划（{year}—{year2}年）", "@local:计划|{self}{planYear}年乡村振兴工作计划"};

    private static final String[] CZXX = {
        "公告|{agency}{year}年{curQuarter}政府采购意向公开", "公示|{county}{year}年{fund}分配情况公示",
        "报告|{agency}{lastYear}年度部门整体支出绩效自评报告", "@general,czj:其他|{county}{lastYear}年度政府债务情况",
        "@general,czj:其他|{county}{year}年惠民惠农财政补贴政策清单", "@general,czj:其他|{county}{year}年{curQuarter}财政收支情况",
        "@local:公示|{self}{year}年{curQuarter}财政资金使用情况公示"};

    private static final String[] YJGL = {
        "@general,yjj:方案|{county}{plan}（{year}年修订）", "@dept:方案|{agency}{plan}", "通知|{agency}关于做好{holiday}期间安全防范工作的通知",
        "@general,yjj,slj:通知|{county}防汛防台抗旱指挥部关于启动防汛{level}级应急响应的通知",
        "@qxj:其他|{county}气象台{date}发布{weather}{color}预警信号", "@qxj:其他|{county}气象台{date}发布{weather}{color}预警信号",
        "方案|{agency}{year}年{hazard}应急演练方案", "@general,yjj,qxj:其他|{county}{year}年{season}{hazard}风险提示",
        "@general,yjj:其他|{county}{ym}自然灾害风险形势会商研判结果", "通报|{agency}关于{year}年{hazard}应急演练情况的通报",
        "@local:通知|{self}关于做好{season}{hazard}防范工作的通知", "@local:方案|{self}{year}年{hazard}应急预案"};

    private static final Map<String, String[]> AREAS = new HashMap<>();

    static {
        AREAS.put("EDU", new String[] {"公告|{county}{year}年义务教育学校招生入学工作公告", "其他|{county}{year}年学生资助政策简介",
            "公示|{county}{year}年秋季学期中小学校服务性收费和代收费标准公示", "公告|{county}{year}年学前教育招生工作公告",
            "报告|{county}{year}年{half}义务教育阶段学校课后服务开展情况", "通报|{county}{year}年第{n}次中小学校食堂食品安全检查情况通报",
            "其他|{county}{year}年教育事业统计公报", "公告|{county}{year}年普通高中招生工作公告"});
        AREAS.put("HEALTH", new String[] {"其他|{county}{ym}法定传染病疫情概况", "报告|{county}{lastYear}年基本公共卫生服务项目绩效评价情况",
            "其他|{county}医疗卫生机构名录（{year}年{month}月更新）", "报告|{county}{year}年县域医共体建设进展情况",
            "公告|{county}{year}年家庭医生签约服务工作公告", "通报|{county}{year}年第{n}期医疗机构依法执业监督检查情况通报"});
        AREAS.put("MEDINS", new String[] {"公告|{county}{nextYear}年度城乡居民基本医疗保险参保缴费工作公告", "通报|{county}{quarter}医疗保障基金监管情况通报",
            "其他|{county}医保定点医药机构名单（{year}年{month}月更新）", "其他|{county}{ym}医疗保障基金运行情况",
            "公告|{county}{year}年第{n}批药品集中带量采购中选结果落地实施公告"});
        AREAS.put("RELIEF", new String[] {"其他|{county}{ym}城乡低保和特困人员救助供养资金发放情况", "通知|{county}关于调整{year}年城乡居民最低生活保障标准的通知",
            "报告|{county}{quarter}临时救助工作情况", "其他|{county}{ym}残疾人两项补贴发放情况", "公告|{county}社会救助申请渠道和服务热线公告（{year}年第{n}号）"});
        AREAS.put("ENV", new String[] {"其他|{county}{ym}环境空气质量状况", "其他|{county}{quarter}县级集中式饮用水水源地水质状况",
            "公示|{company}{envProject}环境影响报告表受理情况公示", "其他|{county}{year}年环境监管重点单位名录", "公告|{county}{lastYear}年生态环境状况公报",
            "通报|{county}{year}年第{n}批生态环境保护督察信访件办理情况"});
        AREAS.put("SAFETY", new String[] {"报告|{county}{ym}安全生产形势分析", "通报|{county}{ym}安全生产执法检查情况通报", "计划|{county}{year}年度安全生产监督检查计划",
            "通报|{county}{quarter}生产安全事故情况通报", "其他|{county}安全生产治本攻坚行动进展情况（{year}年第{n}期）"});
        AREAS.put("MARKET", new String[] {"公告|{county}{year}年第{n}期食品安全监督抽检信息公告", "公告|{county}{quarter}产品质量监督抽查结果公告",
            "通报|{county}{year}年特种设备安全状况通报", "公示|{county}{year}年第{n}期消费投诉信息公示", "其他|{county}{year}年{theme}典型案例（第{n}批）"});
        AREAS.put("LAND", new String[] {"公告|{county}{year}年度第{n}批次城镇建设用地土地征收启动公告", "公告|{county}国有建设用地使用权挂牌出让公告（{year}年第{n}号）",
            "报告|{county}{lastYear}年度耕地保护目标责任履行情况", "公告|{county}{year}年第{n}批征地补偿安置方案公告", "公告|{county}不动产首次登记公告（{year}年第{n}号）"});
        AREAS.put("HOUSING", new String[] {"计划|{county}{year}年城镇老旧小区改造计划", "其他|{county}{year}年保障性租赁住房筹集情况",
            "公示|{county}{year}年第{n}批公共租赁住房配租结果公示", "通报|{county}{quarter}建筑施工安全生产检查情况通报",
            "其他|{county}{year}年农村危房改造实施情况"});
        AREAS.put("EMPLOY", new String[] {"公示|{county}{year}年第{n}批就业创业补贴发放情况公示", "公示|{county}{year}年第{n}期职业技能培训补贴公示",
            "公告|{county}{year}年“春风行动”招聘活动公告", "通报|{county}{year}年根治欠薪专项行动情况通报", "其他|{county}{ym}城乡居民基本养老保险待遇发放情况"});
        AREAS.put("AGRI", new String[] {"公示|{county}{year}年耕地地力保护补贴发放情况公示", "公示|{county}{year}年高标准农田建设项目公示",
            "公告|{county}{year}年农机购置与应用补贴实施公告", "通报|{county}{year}年第{n}期农产品质量安全监测结果通报", "其他|{county}{year}年乡村振兴重点项目计划"});
        AREAS.put("FINANCE", new String[] {"其他|{county}{lastYear}年政府债务限额及余额情况", "其他|{county}{year}年{curQuarter}财政收支情况",
            "公示|{county}{year}年惠民惠农财政补贴资金发放情况公示（第{n}批）", "报告|{county}{lastYear}年度预算执行情况和{year}年预算草案的报告"});
        AREAS.put("PROJECT", new String[] {"其他|{county}{year}年重大建设项目名单", "批复|{agency}关于{project}可行性研究报告的批复",
            "其他|{county}{quarter}重大建设项目实施进展情况", "其他|{county}{ym}主要商品价格监测情况"});
        AREAS.put("PRICE", new String[] {"其他|{county}{ym}主要商品价格监测情况", "其他|{county}{year}年第{n}期价格监测信息"});
        AREAS.put("TRANSPORT", new String[] {"计划|{county}{year}年农村公路建设计划", "公告|{county}{year}年城乡公交线路优化调整公告（第{n}号）",
            "通告|{agency}关于{project}施工期间交通管制的通告", "通报|{county}{quarter}道路运输安全生产检查情况通报"});
        AREAS.put("WATER", new String[] {"报告|{county}{lastYear}年河湖长制工作情况", "其他|{county}{quarter}农村饮用水工程水质检测结果",
            "其他|{county}{year}年度汛期山塘水库防汛安全责任制落实情况", "计划|{county}{year}年水利工程建设计划"});
        AREAS.put("POLICE", new String[] {"通告|{agency}关于{holiday}期间烟花爆竹燃放管理的通告", "其他|{county}{ym}道路交通事故情况分析",
            "其他|{agency}{year}年第{n}期防范电信网络诈骗警示", "通告|{agency}关于{project}施工期间交通管制的通告"});
        AREAS.put("LAW", new String[] {"其他|{county}{year}年公共法律服务事项清单", "报告|{county}{lastYear}年行政复议和行政应诉工作情况",
            "通报|{county}{year}年行政执法案卷评查情况通报", "其他|{county}{year}年度“谁执法谁普法”责任清单",
            "其他|{county}{ym}行政执法监督工作情况", "公示|{county}{year}年第{n}批法律援助案件办理情况公示"});
        AREAS.put("INDUSTRY", new String[] {"其他|{county}{ym}工业经济运行情况", "公示|{county}{year}年工业企业技术改造项目补助资金公示",
            "公示|{county}{year}年专精特新中小企业拟认定名单公示"});
        AREAS.put("SCIENCE", new String[] {"公示|{county}{year}年科技计划项目立项公示", "公示|{county}{year}年第{n}批科技创新券兑付情况公示"});
        AREAS.put("COMMERCE", new String[] {"公示|{county}{year}年第{n}批消费券发放使用情况公示", "其他|{county}{ym}消费品市场运行情况"});
        AREAS.put("CULTURE", new String[] {"其他|{county}{year}年公共文化场馆免费开放情况", "通报|{county}{ym}文化市场执法检查情况",
            "公告|{county}{year}年第{n}批文化惠民活动安排公告", "公示|{county}第{cnN}批县级非物质文化遗产代表性项目名录公示"});
        AREAS.put("VETERAN", new String[] {"其他|{county}{year}年优抚对象抚恤补助标准调整情况", "公告|{county}{year}年退役士兵安置工作公告",
            "其他|{county}{quarter}退役军人服务保障工作情况", "公示|{county}{year}年第{n}批退役军人自主就业创业扶持资金发放情况公示"});
        AREAS.put("AUDIT", new String[] {"报告|{county}{lastYear}年度本级预算执行和其他财政收支的审计工作报告", "公告|{county}{year}年第{n}号审计结果公告",
            "报告|{county}{lastYear}年度审计查出问题整改情况的报告"});
        AREAS.put("STATS", new String[] {"公告|{county}{lastYear}年国民经济和社会发展统计公报", "其他|{county}{ym}主要经济指标", "其他|{county}{quarter}经济运行情况"});
        AREAS.put("PETITION", new String[] {"其他|{county}领导干部接访下访安排表（{year}年{month}月）", "通报|{county}{quarter}信访工作情况",
            "其他|{county}{ym}网上信访事项办理情况"});
        AREAS.put("AFFAIRS", new String[] {"其他|{county}{lastYear}年度公共机构能源资源消费情况", "公告|{agency}{year}年公务用车处置公告（第{n}批）",
            "其他|{county}{quarter}公共机构节能工作情况"});
        AREAS.put("DATA", new String[] {"其他|{county}{year}年公共数据开放目录（第{n}批）", "报告|{county}{year}年{half}数字化改革工作进展情况"});
        AREAS.put("SERVICE", new String[] {"其他|{county}政务服务事项目录（{year}年{month}月版）", "其他|{county}{ym}政务服务“好差评”情况",
            "公告|{county}{year}年“高效办成一件事”重点事项清单（第{n}批）", "通报|{county}{quarter}政务服务窗口工作情况通报"});
        AREAS.put("GRAIN", new String[] {"公告|{county}{year}年{season}粮食收购公告", "其他|{county}{year}年县级储备粮轮换计划",
            "其他|{county}{ym}粮油市场价格监测情况"});
        AREAS.put("CIVILDEF", new String[] {"通告|{county}{year}年防空警报试鸣通告", "其他|{county}人防工程信息公示（{year}年第{n}期）"});
        AREAS.put("INVEST", new String[] {"其他|{county}{year}年招商引资重点项目推介（第{n}期）", "其他|{county}{year}年第{n}批签约项目情况",
            "其他|{county}{quarter}招商引资工作情况"});
        AREAS.put("TENDER", new String[] {"公告|{project}招标公告", "公示|{project}中标候选人公示", "公告|{project}中标结果公告",
            "公告|{agency}{year}年第{n}期政府采购项目公告"});
        AREAS.put("ARCHIVE", new String[] {"公告|{county}{year}年档案开放目录（第{n}批）", "其他|{county}档案查阅利用指南（{year}年版）",
            "其他|{county}{quarter}档案查阅利用情况"});
        AREAS.put("WEATHER", new String[] {"其他|{county}{ym}气候概况", "其他|{county}{year}年汛期气候趋势预测", "其他|{county}{lastYear}年气候公报"});
        AREAS.put("TAX", new String[] {"公告|{county}{lastYear}年度个人所得税综合所得汇算清缴办税指引", "其他|小微企业和个体工商户税费优惠政策指引（{year}年第{n}期）",
            "公告|{agency}关于{year}年第{n}批非正常户认定的公告", "其他|{agency}{year}年“便民办税春风行动”措施清单"});
        AREAS.put("REVIVAL", new String[] {"公示|{county}{year}年衔接推进乡村振兴补助资金项目计划公示", "公告|{county}{year}年第{n}批衔接资金项目完成情况公告",
            "其他|{county}{year}年防止返贫动态监测帮扶工作情况"});
        AREAS.put("FIRE", new String[] {"通告|{agency}关于{holiday}期间消防安全的提示", "通报|{county}{ym}火灾情况通报",
            "公告|{agency}{year}年第{n}批火灾隐患重点单位公告"});
        AREAS.put("SOE", new String[] {"其他|{county}县属国有企业{ym}主要财务指标快报", "其他|{county}{year}年国有资本经营预算执行情况",
            "其他|{county}{quarter}县属国有企业安全生产检查情况"});
        AREAS.put("ETHNIC", new String[] {"其他|{county}依法登记的宗教活动场所名录（{year}年）", "其他|{county}{year}年民族团结进步创建工作情况",
            "其他|{county}{quarter}民族宗教工作情况"});
        AREAS.put("FOREST", new String[] {"其他|{county}{lastYear}年森林资源管理情况", "其他|{county}{year}年林木采伐限额执行情况（第{n}期）",
            "公告|{county}{year}年森林防火期和森林防火区划定公告", "通报|{county}{year}年松材线虫病疫情防控情况通报"});
        AREAS.put("URBAN", new String[] {"通告|{agency}关于开展{year}年{theme}专项整治的通告", "公示|{county}{year}年第{n}批违法建设拆除情况公示",
            "其他|{county}{ym}城市管理工作情况"});
        AREAS.put("TOWNSHIP", new String[] {"公示|{self}{year}年农村土地承包经营权流转情况公示", "公示|{self}{year}年第{n}批农村宅基地使用审核情况公示",
            "公示|{self}{village}{year}年一事一议筹资筹劳情况公示", "公示|{self}{ym}社会救助对象动态调整情况公示",
            "公示|{self}{year}年农田水利工程建设项目公示", "报告|{self}{year}年{half}贯彻落实农业农村政策情况",
            "公告|{self}{village}{smallProject}项目土地征收公告", "公示|{self}{year}年村级集体经济收支情况公示",
            "公示|{self}{year}年第{n}批惠民惠农补贴发放情况公示"});
        AREAS.put("SUBDISTRICT", new String[] {"公示|{self}{ym}社会救助对象动态调整情况公示", "公告|{self}{project}房屋征收补偿方案公告",
            "其他|{self}{year}年老旧小区改造进展情况", "公示|{self}{year}年第{n}批居家养老服务补贴发放情况公示", "其他|{self}社区公共服务事项清单（{year}年版）"});
    }

    private static final String[] ALL_AREAS = AREAS.keySet().stream()
            .filter(a -> !a.equals("TOWNSHIP") && !a.equals("SUBDISTRICT")).sorted().toArray(String[]::new);

    private void keyArea(Content c) {
        String area = def.isGeneral() ? pick(ALL_AREAS) : def.areas.length > 0 ? pick(def.areas) : "SAFETY";
        String[] line = pickLine(AREAS.get(area));
        Def owner = AgencyCatalog.AREA_OWNER.getOrDefault(area, def);
        String topic = owner.topic;
        if (def.isLocal()) {
            set("theme", pick(def.themes));
            for (String[] t : Vocab.LOCAL_THEMES) {
                if (line[1].contains(t[0])) {
                    set("theme", t[1]);
                    topic = t[2];
                    break;
                }
            }
        } else {
            String theme = owner.themes[0];
            for (String t : owner.themes) {
                if (line[1].contains(t)) {
                    theme = t;
                    break;
                }
            }
            set("theme", theme);
            set("basis", "《" + pick(owner.laws) + "》");
        }
        c.topic = topic;
        fromLine(c, line, area);
    }

    private void fromPool(Content c, String[] pool, String category) {
        switch (category) {
            case "CZXX" -> {
                set("basis", "《中华人民共和国预算法》");
                set("theme", "预算管理");
                c.topic = "财政、金融、审计\\财政";
            }
            case "YJGL" -> c.topic = "综合政务\\应急管理";
            default -> { }
        }
        String[] line = pickLine(pool);
        if ("YJGL".equals(category)) {
            set("theme", line[1].contains("{hazard}") ? value("hazard") + "防范应对"
                    : line[1].contains("{plan}") ? "应急预案管理" : "安全防范");
            set("basis", "《中华人民共和国突发事件应对法》");
        }
        fromLine(c, line, category);
    }

    /** Writes an item from a "genre|template" line, with a body in that genre's usual shape. */
    private void fromLine(Content c, String[] line, String area) {
        c.genre = line[0];
        c.title = title(line[1]);
        String subject = subject(c.title);
        List<String> b = new ArrayList<>();
        switch (c.genre) {
            case "通知" -> {
                b.add(p(value("addressee")));
                b.add(p(r("为{goal}，根据") + value("basis") + "等有关规定，结合我县实际，现就" + subject + "有关事项通知如下："));
                b.add(h2("一、提高思想认识"));
                b.add(p(r(pick(Vocab.POINTS))));
                b.add(h2("二、明确工作任务"));
                b.add(ol(measures(between(3, 5))));
                b.add(h2("三、强化工作保障"));
                b.add(p(r("各单位要于{deadline}前将工作开展情况报送{office}。联系电话：{phone}。")));
                b.add(signature());
            }
            case "公告", "通告" -> {
                b.add(p(r("为{goal}，根据") + value("basis") + "等有关规定，现就" + subject + "有关事项" + c.genre + "如下："));
                List<String> items = measures(between(2, 3));
                items.add(0, r("本" + c.genre + "涉及的事项自{pubdate}起实施，请相关单位和群众予以支持配合。"));
                items.add(r("咨询电话：{phone}（工作日上午8:30—12:00，下午14:30—17:30）。"));
                b.add(ol(items));
                b.add(p("特此" + c.genre + "。"));
                b.add(signature());
            }
            case "公示" -> {
                b.add(p("根据" + value("basis") + "等有关规定，现将" + subject + "予以公示。"));
                boolean project = (subject.contains("项目") || subject.contains("工程")) && !subject.contains("批");
                b.add(project ? projectTable(subject) : dataTable(area, 3 + rng.nextInt(3)));
                b.add(p(r("公示期为5个工作日（自{pubdate}起）。公示期间，如有异议，请以书面形式或电话向{office}反映。反映情况应当实事求是，以单位名义反映的须加盖公章。联系电话：{phone}。")));
                b.add(signature());
            }
            case "通报", "报告" -> {
                b.add(p(r("现将") + subject + ("报告".equals(c.genre) ? "报告如下：" : "通报如下：")));
                b.add(h2("一、基本情况"));
                b.add(p(r("今年以来，{short}认真落实上级决策部署，扎实推进{theme}工作，累计完成各类任务{num3}项，涉及资金{amount}万元，总体进展顺利。")));
                b.add(dataTable(area, 3));
                b.add(h2("二、主要做法"));
                b.add(ol(measures(3)));
                b.add(h2("三、存在问题和下一步工作"));
                b.add(p(r("工作中还存在基层力量不足、部分任务进度不均衡等问题。下一步，将坚持问题导向，") + measures(1).get(0) + "。"));
                b.add(signature());
            }
            case "计划", "要点", "规划", "方案" -> {
                b.add(h2("一、总体要求"));
                b.add(p(r("以推动高质量发展为主题，围绕{goal}，坚持统筹兼顾、突出重点、注重实效，扎实推进{theme}各项工作。")));
                b.add(h2("二、主要目标"));
                b.add(p(r("到{year2}年，{theme}工作机制更加健全，重点任务全面完成，群众满意度明显提升，相关指标位居全市前列。")));
                b.add(h2("三、重点任务"));
                b.add(ol(measures(between(3, 5))));
                b.add(h2("四、保障措施"));
                b.add(p(r("加强组织领导，建立由{short}牵头、有关部门和各乡镇（街道）共同参与的工作机制；强化资金保障，{year}年安排专项资金{amount}万元；加强督查考核，将工作完成情况纳入年度考核。")));
            }
            case "批复" -> {
                b.add(p(r("你单位关于{project}的请示收悉。经研究，现批复如下：")));
                b.add(ol(List.of(r("原则同意{project}。项目总投资约{amount}万元，资金来源为财政资金和自筹资金。"),
                        r("项目建设内容和规模以批准的方案为准，建设工期{num2}个月。"),
                        "请严格执行基本建设程序，落实项目法人责任制、招标投标制、工程监理制和合同管理制，确保工程质量和安全。")));
                b.add(p("此复。"));
                b.add(signature());
            }
            default -> {
                b.add(p(subject + r("有关情况如下。本信息由{short}提供，数据截至{fulldate}。")));
                b.add(dataTable(area, 3 + rng.nextInt(3)));
                b.add(p(r("总体来看，{county}{theme}相关工作平稳有序推进，各项指标保持在合理区间。部分数据为初步统计数，以最终公布数据为准。")));
                b.add(p(r("如需了解详细情况，可通过青山县人民政府门户网站“政府信息公开”专栏查询，或致电{office}（{phone}）咨询。")));
            }
        }
        c.body = assemble(b);
        c.summary = summaryFor(c.genre, subject, about(c.title));
    }

    private String summaryFor(String genre, String subject, String about) {
        return switch (genre) {
            case "通知" -> r("{short}就") + subject + "作出部署，明确了工作任务和保障要求。";
            case "公告", "通告" -> r("{short}发布") + genre + "，告知" + subject + "有关事项。";
            case "公示" -> "公示" + about + "，公示期5个工作日。";
            case "通报" -> r("{short}通报") + subject + "，提出下一步工作要求。";
            case "报告" -> about + "，包括基本情况、主要做法、存在问题和下一步工作。";
            case "计划", "要点", "规划", "方案" -> about + "，明确了总体要求、主要目标、重点任务和保障措施。";
            case "批复" -> r("{short}对") + subject + "作出批复。";
            default -> "公开" + about + "。";
        };
    }

    private String projectTable(String subject) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"项目名称", subject});
        rows.add(new String[] {"建设地点", def.isLocal() ? def.shortName + value("village") : COUNTY + value("place")});
        rows.add(new String[] {"建设内容", r("{smallProject}及配套设施建设，涉及长度（面积）") + between(200, 5000) + "米（平方米）"});
        rows.add(new String[] {"总投资", between(10, 2000) + "." + between(0, 9) + "万元"});
        rows.add(new String[] {"资金来源", pick(new String[] {"上级补助和县级配套资金", "县级财政资金", "衔接推进乡村振兴补助资金", "村集体自筹和财政奖补资金"})});
        rows.add(new String[] {"计划工期", between(2, 12) + "个月"});
        return table(new String[] {"项目", "内容"}, rows);
    }

    private String dataTable(String area, int rows) {
        String[] ind = Vocab.INDICATORS.getOrDefault(area, Vocab.INDICATORS.get("GENERAL"));
        int start = rng.nextInt(ind.length);
        String title = memo.getOrDefault("title", "");
        for (String[] byWord : Vocab.TITLE_INDICATORS) {
            if (title.contains(byWord[0])) {
                ind = java.util.Arrays.copyOfRange(byWord, 1, byWord.length);
                start = 0;
                break;
            }
        }
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < Math.min(rows, ind.length); i++) {
            String[] iu = ind[(start + i) % ind.length].split("\\|");
            String v = switch (iu[1]) {
                case "%" -> between(60, 99) + "." + between(0, 9);
                case "万元", "亿元", "万亩", "公顷", "万人次" -> between(1, def.isLocal() ? 300 : 4800) + "." + between(10, 99);
                case "人次", "人", "份", "亩", "平方米", "个工日" -> Integer.toString(between(40, 6000));
                case "元/亩·年" -> Integer.toString(between(300, 1200));
                case "元/斤", "元/升" -> between(2, 20) + "." + between(10, 99);
                case "级" -> Integer.toString(between(1, 5));
                case "℃" -> between(3, 30) + "." + between(0, 9);
                case "毫米", "小时" -> Integer.toString(between(20, 300));
                case "天" -> Integer.toString(between(18, 31));
                case "微克/立方米" -> Integer.toString(between(12, 45));
                default -> Integer.toString(between(2, 400));
            };
            String change = (chance(0.7) ? "增长" : "下降") + between(1, 25) + "." + between(0, 9) + "%";
            out.add(new String[] {iu[0], iu[1], v, change});
        }
        return table(new String[] {"指标", "单位", "数值", "同比"}, out);
    }

    // ==============================================================================================
    // 政策文件

    private String prefixMain() {
        return def.isGeneral() || def.isLocal() ? def.prefix + "发" : def.prefix;
    }

    private String docNo(String prefix) {
        int year = written.getYear();
        int n = counters.next("docno|" + prefix + "|" + year);
        return prefix + "〔" + year + "〕" + n + "号";
    }

    /** A document name without its trailing （试行）/（2024年修订） note. */
    private static String bare(String base) {
        int paren = base.indexOf('（');
        return paren > 0 && base.endsWith("）") ? base.substring(0, paren) : base;
    }

    private static String keyword(String base) {
        String b = bare(base);
        String k = b.length() >= 2 ? b.substring(b.length() - 2) : b;
        return switch (k) {
            case "办法", "细则", "规定", "规则", "制度", "规范", "清单", "措施" -> k;
            default -> "办法";
        };
    }

    private static String core(String base) {
        String s = bare(base);
        String k = keyword(base);
        if (s.endsWith(k)) {
            s = s.substring(0, s.length() - k.length());
        }
        for (String suffix : new String[] {"暂行", "实施", "管理", "工作", "考核", "审批"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 2) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    private void normative(Content c) {
        String base = pick(def.rules);
        Def owner = def.isGeneral() ? AgencyCatalog.RULE_OWNER.getOrDefault(base, def) : def;
        String theme = owner == def ? value("theme") : pick(owner.themes);
        set("theme", theme);
        if (chance(0.2)) {
            base = base + "（试行）";
        }
        if (attempt >= REVISION_ATTEMPT) {
            base = base.replace("（试行）", "") + "（" + written.getYear() + "年" + (attempt >= 2 * REVISION_ATTEMPT ? "第二次" : "") + "修订）";
        }
        String place = def.isLocal() ? def.shortName : COUNTY;
        String docName;
        String kw = keyword(base);
        String core = core(base);
        boolean cleanup = def.isGeneral() && chance(0.08);
        if (cleanup) {
            docName = "关于公布" + written.getYear() + "年行政规范性文件清理结果的决定";
            c.title = def.name + docName;
            c.genre = "决定";
            kw = "决定";
            core = "行政规范性文件清理";
            owner = def;
        } else {
            docName = place + base;
            if (chance(0.6)) {
                c.title = def.name + "关于印发《" + docName + "》的通知";
                c.genre = "通知";
            } else {
                c.title = docName;
                c.genre = switch (kw) {
                    case "办法" -> "办法";
                    case "细则" -> "细则";
                    case "规定", "规则", "制度", "规范" -> "规定";
                    case "措施" -> "意见";
                    default -> "其他";
                };
            }
        }
        c.docNo = docNo(prefixMain());
        LocalDate effective = chance(0.5) ? published : written.plusDays(30).isBefore(published) ? published : written.plusDays(30);
        LocalDate validUntil = null;
        if (!cleanup) {
            if (base.contains("试行") || base.contains("暂行")) {
                validUntil = effective.plusYears(2).minusDays(1);
            } else if (chance(0.85)) {
                validUntil = effective.plusYears(5).minusDays(1);
            }
        }
        c.validUntil = validUntil;
        c.topic = cleanup ? "综合政务\\其他" : owner.topic;
        c.policy = new Policy(def, docName, c.docNo, core, effective, validUntil, c.topic, theme, true, owner.laws);

        List<String> b = new ArrayList<>();
        if (cleanup) {
            b.add(p("为维护法制统一，保障政令畅通，根据国家和省有关规定，县人民政府对截至" + (written.getYear() - 1)
                    + "年12月31日现行有效的行政规范性文件进行了全面清理。经清理，决定："));
            b.add(ol(List.of(r("对《" + COUNTY + "农村集体资产管理办法》等{num2}件行政规范性文件予以废止；"),
                    r("对《" + COUNTY + "城乡居民最低生活保障实施办法》等{num}件行政规范性文件予以修改；"),
                    r("其余{num3}件行政规范性文件继续有效。"))));
            b.add(p("各乡镇人民政府、街道办事处和县政府各部门要根据清理结果，做好相关政策衔接工作。对修改的文件，由起草部门按程序重新公布。"));
            b.add(p("本决定自公布之日起施行。"));
            b.add(signature());
        } else {
            if ("通知".equals(c.genre)) {
                b.add(p(value("addressee")));
                b.add(p("现将《" + docName + "》印发给你们，请认真贯彻执行。"));
                b.add(signature());
                b.add(h2(docName));
            }
            List<String> arts = new ArrayList<>();
            String laws = "《" + String.join("》《", owner.laws) + "》";
            arts.add("为了规范" + core + "工作，保障公民、法人和其他组织的合法权益，根据" + laws + "等法律法规和有关规定，结合本县实际，制定本" + kw + "。");
            arts.add("本" + kw + "适用于本县行政区域内" + core + "相关活动及其监督管理。");
            arts.add(owner.shortName + r("负责本" + kw + "的组织实施和监督管理。县财政、{other}等部门按照各自职责做好相关工作。")
                    + (def.isLocal() ? "各村（社区）协助做好具体工作。" : "各乡镇人民政府、街道办事处负责本辖区内的具体工作。"));
            arts.add(core + "工作应当遵循依法依规、公开透明、便民高效的原则，相关信息依法予以公开。");
            if (chance(0.7)) {
                arts.add("符合条件的申请人可以向" + owner.shortName + "提出申请，并提交以下材料：（一）申请表；（二）相关证明材料；（三）法律、法规规定的其他材料。");
                arts.add(owner.shortName + r("应当自受理申请之日起{num2}个工作日内作出决定；不予批准的，应当书面说明理由。"));
            }
            if (chance(0.5)) {
                arts.add("相关资金实行专款专用，任何单位和个人不得截留、挤占、挪用。资金使用情况接受财政、审计部门的监督检查。");
            }
            arts.add("违反本" + kw + "规定的，由有关部门依法依规处理；涉嫌犯罪的，依法移送司法机关处理。");
            arts.add("本" + kw + "由" + owner.shortName + "负责解释。");
            arts.add("本" + kw + "自" + full(effective) + "起施行" + (validUntil != null ? "，有效期至" + full(validUntil) : "") + "。");
            int i = 1;
            for (String a : arts) {
                b.add(p("第" + chinese(i++) + "条　" + a));
            }
        }
        c.body = assemble(b);
        c.summary = cleanup ? "公布" + written.getYear() + "年行政规范性文件清理结果，明确废止、修改和继续有效的文件。"
                : "规范" + core + "工作，明确适用范围、职责分工、办理程序和监督管理等内容，自" + full(effective) + "起施行。";
    }

    private static final String[] POLICIES = {
        "通知|M|{agency}关于印发《{county}{year}年{theme}工作要点》的通知",
        "通知|M|{agency}关于印发《{county}{theme}三年行动方案（{year}—{year2}年）》的通知",
        "意见|M|{agency}关于进一步加强{theme}工作的意见",
        "@dept:通知|G|{agency}关于成立{county}{theme}工作领导小组的通知",
        "@dept:通知|G|{agency}关于调整{county}{theme}工作领导小组成员的通知",
        "@general,fgj,spj,zrzyj:批复|L|{agency}关于同意{project}立项的批复",
        "@general,czj,nyj,jyj,xczxj:通知|G|{agency}关于下达{year}年{fund}的通知",
        "@dept:通知|M|{agency}关于印发《{county}{year}年{theme}实施方案》的通知",
        "@dept:通报|G|{agency}关于{lastYear}年度{theme}工作考核结果的通报",
        "@local:通知|M|{self}关于印发《{self}{year}年{theme}工作方案》的通知",
        "@local:通知|G|{self}关于调整{self}{theme}工作领导小组的通知"};

    private void policy(Content c, boolean interpreted) {
        String[] line = pickLine(POLICIES);
        for (int guard = 0; interpreted && guard < 100 && !line[1].contains("《") && !"意见".equals(line[0]); guard++) {
            line = pickLine(POLICIES);
        }
        String[] parts = line[1].split("\\|", 2);
        c.genre = line[0];
        c.title = title(parts[1]);
        if (chance(0.9)) {
            c.docNo = docNo(switch (parts[0]) {
                case "M" -> prefixMain();
                case "L" -> def.prefix + "函";
                default -> def.prefix;
            });
        }
        String subject = subject(c.title);
        String theme = value("theme");
        c.topic = AgencyCatalog.topicOf(theme, def);
        List<String> b = new ArrayList<>();
        if ("批复".equals(c.genre) || "通报".equals(c.genre)) {
            fromLine(c, new String[] {c.genre, parts[1]}, "GENERAL");
            if ("批复".equals(c.genre)) {
                c.topic = def.topic;
                c.summary = r("{short}同意{project}立项，明确了建设内容、投资和建设要求。");
            } else {
                c.topic = AgencyCatalog.topicOf(theme, def);
            }
        } else {
            b.add(p(value("addressee")));
            int open = c.title.indexOf('《');
            String docName = open >= 0 ? c.title.substring(open + 1, c.title.indexOf('》')) : null;
            if (docName != null) {
                b.add(p("现将《" + docName + "》印发给你们，请结合实际，认真抓好贯彻落实。"));
                b.add(signature());
                b.add(h2(docName));
            } else {
                b.add(p(r("为{goal}，根据上级有关部署，结合我县实际，现就") + subject + "提出如下意见："));
            }
            b.add(h2("一、总体要求"));
            b.add(p(r("坚持以人民为中心的发展思想，围绕{goal}，坚持问题导向和目标导向，推动{theme}工作走在全市前列。")));
            b.add(h2("二、主要任务"));
            b.add(ol(measures(between(3, 5))));
            b.add(h2("三、保障措施"));
            b.add(p(r("各乡镇（街道）、各有关部门要加强组织领导，明确责任分工，强化督查考核，确保各项任务落到实处。工作中遇到的重要情况和问题，请及时报告{short}。")));
            if (docName == null) {
                b.add(signature());
            }
            c.body = assemble(b);
            c.summary = r("{short}就") + subject + "提出总体要求、主要任务和保障措施。";
            if (interpreted) {
                String name = docName != null ? docName : subject.startsWith("进一步") ? "关于" + subject + "的意见" : subject;
                c.policy = new Policy(def, name, c.docNo, theme, published, null, c.topic, theme, false, def.laws);
            }
        }
        if (interpreted && c.policy == null) {
            c.policy = new Policy(def, subject(c.title), c.docNo, theme, published, null, c.topic, theme, false, def.laws);
        }
    }

    // ==============================================================================================
    // 政策解读

    private void interpret(Content c, Policy pol) {
        set("theme", pol.theme());
        String name = pol.docName();
        double v = rng.nextDouble();
        if (v < 0.5) {
            c.title = "《" + name + "》政策解读";
        } else if (v < 0.7) {
            c.title = "一图读懂《" + name + "》";
        } else if (v < 0.8) {
            c.title = "图解：《" + name + "》";
        } else if (v < 0.9) {
            c.title = "《" + name + "》解读";
        } else {
            c.title = def.shortName + "有关负责人就《" + name + "》答记者问";
        }
        c.genre = "解读";
        c.topic = pol.topic();
        String ref = "《" + name + "》" + (pol.docNo() != null ? "（" + pol.docNo() + "）" : "");
        List<String> b = new ArrayList<>();
        b.add(h2("一、起草背景"));
        b.add(p(r("为{goal}，") + def.shortName + "在深入调研、广泛征求意见的基础上，起草了" + ref
                + "。文件经" + (def.isGeneral() ? "县政府常务会议" : def.isLocal() ? def.shortName + "党政联席会议" : "单位集体讨论")
                + "审议通过，并经合法性审查。"));
        b.add(h2("二、制定依据"));
        b.add(p("主要依据《" + String.join("》《", pol.laws()) + "》等法律法规和上级有关文件精神。"));
        b.add(h2("三、主要内容"));
        b.add(p(ref + "共" + chinese(between(3, 6)) + "部分，主要内容包括："));
        if (pol.normative()) {
            b.add(ol(List.of("明确了" + pol.core() + "工作的适用范围和基本原则；", r("明确了{short}和有关部门、乡镇（街道）的职责分工；"),
                    "规范了办理条件、申请材料和办理程序，压缩了办理时限；", "强化了监督管理和责任追究。")));
            b.add(h2("四、实施时间"));
            b.add(p(ref + "自" + full(pol.effective()) + "起施行" + (pol.validUntil() != null ? "，有效期至" + full(pol.validUntil()) : "") + "。"));
        } else {
            b.add(ol(List.of("明确了" + pol.core() + "工作的总体要求和工作目标；", r("部署了{num}项重点任务，明确了牵头单位和完成时限；"),
                    "提出了加强组织领导、强化要素保障、严格督查考核等保障措施。")));
            b.add(h2("四、实施时间"));
            b.add(p(ref + "自印发之日起实施。"));
        }
        b.add(h2("五、解读机关及联系方式"));
        b.add(p("解读机关：" + def.name + "；解读人：" + def.shortName + "有关负责人；联系电话：" + AgencyCatalog.phone(def) + "。"));
        c.body = assemble(b);
        c.summary = "对" + ref + "的起草背景、制定依据、主要内容和实施时间进行解读。";
    }

    // ==============================================================================================
    // 人事信息

    private static final String[] PERSONNEL = {
        "公告|{agency}{year}年第{n}批公开招聘编外用工人员公告",
        "@general,rsj,jyj,wjj:公告|{county}{year}年{unitType}公开招聘工作人员公告",
        "@general,rsj,jyj,wjj:公示|{county}{year}年{unitType}公开招聘拟聘用人员公示",
        "@general,rsj:公示|{county}{year}年度考试录用公务员拟录用人员公示",
        "通知|{agency}关于工作人员任免的通知（{year}年第{n}号）",
        "公告|{agency}人事任免信息（{year}年第{n}期）",
        "@general,rsj:公告|{county}{year}年引进高层次紧缺人才公告",
        "@general,rsj,jyj,wjj:公告|{county}{year}年{unitType}公开招聘笔试成绩公告"};

    private void personnel(Content c) {
        String[] line = pickLine(PERSONNEL);
        c.genre = line[0];
        c.title = title(line[1]);
        c.topic = "劳动、人事、监察\\人事工作";
        List<String> b = new ArrayList<>();
        if (c.title.contains("任免")) {
            b.add(p(r("经{short}研究决定，作出如下任免：")));
            List<String> items = new ArrayList<>();
            int k = between(1, 4);
            for (int i = 0; i < k; i++) {
                String[] posts = postsFor();
                items.add(pick(Vocab.SURNAMES) + "某某" + (chance(0.6) ? "任" + def.shortName + pick(posts) + "（试用期一年）"
                        : "不再担任" + def.shortName + pick(posts) + "职务"));
            }
            b.add(ol(items));
            b.add(p("以上人员的任职时间自" + full(written) + "起计算。"));
            b.add(signature());
            c.summary = r("公布{short}工作人员职务任免信息。");
        } else if (c.genre.equals("公示")) {
            b.add(p(r("根据{county}{year}年公开招聘工作安排，经笔试、面试、体检和考察等程序，现将拟聘用（录用）人员情况予以公示。本次公示以准考证号公布，共涉及岗位{num2}个。")));
            List<String[]> rows = new ArrayList<>();
            int k = between(3, 6);
            for (int i = 0; i < k; i++) {
                rows.add(new String[] {String.format("%02d", i + 1), pick(postTypes()), written.getYear() + String.format("%05d", between(1, 99999)), between(1, 3) + "名"});
            }
            b.add(table(new String[] {"岗位代码", "岗位名称", "准考证号", "拟聘人数"}, rows));
            b.add(p(r("公示期为{pubdate}起5个工作日。公示期间，对拟聘用人员有异议的，可向{office}实名反映，联系电话：{phone}。")));
            b.add(signature());
            c.summary = "公示" + about(c.title) + "，公示期5个工作日。";
        } else {
            b.add(p(r("根据《事业单位人事管理条例》等有关规定，经研究，决定面向社会公开招聘工作人员。现将有关事项公告如下：")));
            b.add(h2("一、招聘计划"));
            List<String[]> rows = new ArrayList<>();
            int k = between(2, 5);
            for (int i = 0; i < k; i++) {
                rows.add(new String[] {pick(postTypes()), between(1, 6) + "", pick(new String[] {"大学本科及以上", "大专及以上", "研究生"}), pick(MAJORS)});
            }
            b.add(table(new String[] {"岗位", "人数", "学历", "专业"}, rows));
            b.add(h2("二、招聘条件"));
            b.add(ol(List.of("遵守宪法和法律，具有良好的品行；", "具有岗位所需的学历、专业和技能条件；", "年龄一般在35周岁以下；", "具有适应岗位要求的身体条件。")));
            b.add(h2("三、报名方式"));
            b.add(p(r("本次招聘采取网上报名方式，报名时间为{pubdate}起7个工作日。咨询电话：{phone}。")));
            b.add(signature());
            c.summary = about(c.title) + "，明确了招聘计划、招聘条件和报名方式。";
        }
        c.body = assemble(b);
    }

    private String[] postsFor() {
        if (def.isGovernment()) {
            return new String[] {"县政府办公室副主任", "县发展和改革局副局长", "县教育局副局长", "县财政局副局长", "县民政局副局长"};
        }
        if (def.isLocal()) {
            return new String[] {def.isSubdistrict() ? "办事处副主任" : "副" + def.shortName.charAt(def.shortName.length() - 1) + "长",
                "党政综合办公室主任", "便民服务中心主任", "农业农村办公室主任"};
        }
        String deputy = def.shortName.endsWith("局") ? "副局长" : def.shortName.endsWith("大队") ? "副大队长" : "副主任";
        return new String[] {deputy, "办公室主任", "政策法规科科长", "下属事业单位负责人"};
    }

    private String[] postTypes() {
        return switch (def.slug) {
            case "jyj" -> new String[] {"小学语文教师", "小学数学教师", "初中英语教师", "幼儿园教师", "高中物理教师"};
            case "wjj" -> new String[] {"临床医学", "护理", "公共卫生", "医学影像", "中医"};
            default -> POST_TYPES;
        };
    }

    private static final String[] POST_TYPES = {"综合管理", "财务会计", "文字综合", "工程管理", "信息技术", "法律事务", "统计分析"};
    private static final String[] MAJORS = {"不限", "汉语言文学", "会计学", "土木工程", "计算机科学与技术", "临床医学", "法学", "护理学", "数学与应用数学"};

    // ==============================================================================================
    // 财政预决算

    private void budget(Content c, int year, boolean finalAccount) {
        String kind = finalAccount ? "决算" : "预算";
        set("theme", "预决算公开");
        if (def.isGovernment()) {
            c.title = COUNTY + year + "年" + (finalAccount ? "财政决算公开" : "财政预算公开");
        } else if (def.isLocal()) {
            c.title = def.name + year + "年" + (finalAccount ? "度部门决算" : "部门预算");
        } else {
            c.title = def.name + year + (finalAccount ? "年度部门决算" : "年部门预算");
        }
        c.genre = "其他";
        c.topic = "财政、金融、审计\\财政";
        int total = between(800, 60000);
        int general = total * between(60, 95) / 100;
        int fund = (total - general) * between(0, 60) / 100;
        int other = total - general - fund;
        int sanGong = Math.max(3, total / between(120, 400));
        List<String> b = new ArrayList<>();
        b.add(h2("第一部分　" + (def.isGovernment() ? "财政" : "部门") + "概况"));
        int units = between(0, 6);
        b.add(p(def.name + "主要职责：" + def.duty + "。" + (def.isGovernment() ? ""
                : "纳入" + year + "年部门" + kind + "编制范围的单位" + (units == 0 ? "仅包括本级。" : "包括本级及所属" + units + "家单位。"))));
        b.add(h2("第二部分　" + year + "年" + (def.isGovernment() ? "财政" : "部门") + kind + "情况说明"));
        b.add(p("一、收支" + kind + "总体情况。" + year + "年收入" + kind + "合计" + wan(total) + "万元，其中：一般公共预算拨款收入"
                + wan(general) + "万元，政府性基金预算拨款收入" + wan(fund) + "万元，其他收入" + wan(other) + "万元。支出" + kind + "合计"
                + wan(total) + "万元，其中：基本支出" + wan(total * 3 / 5) + "万元，项目支出" + wan(total - total * 3 / 5) + "万元。"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"一般公共预算拨款收入", wan(general)});
        rows.add(new String[] {"政府性基金预算拨款收入", wan(fund)});
        rows.add(new String[] {"其他收入", wan(other)});
        rows.add(new String[] {"收入合计", wan(total)});
        b.add(table(new String[] {"项目", kind + "数（万元）"}, rows));
        b.add(p("二、“三公”经费" + kind + "情况。" + year + "年“三公”经费" + kind + "数" + wan(sanGong) + "万元，比上年"
                + (chance(0.7) ? "减少" : "持平") + "。其中：因公出国（境）费0万元，公务用车购置及运行费" + wan(sanGong * 2 / 3)
                + "万元，公务接待费" + wan(sanGong - sanGong * 2 / 3) + "万元。"));
        b.add(p("三、政府采购情况。" + year + "年政府采购" + kind + "总额" + wan(total / between(8, 20)) + "万元。"));
        b.add(p("四、名词解释。一般公共预算拨款收入：指县财政当年拨付的资金。基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"));
        c.body = assemble(b);
        c.summary = "公开" + def.name + year + "年" + (finalAccount ? "度" : "") + (def.isGovernment() ? "财政" : "部门") + kind
                + "，包括收支总体情况、“三公”经费和政府采购等内容。";
    }

    private static String wan(int tenThousandths) {
        // amounts are whole 万元 with two decimals drawn from the integer
        return tenThousandths / 10 + "." + (tenThousandths % 10) + "0";
    }

    // ==============================================================================================
    // 行政许可 / 行政处罚 / 机构信息

    private static final String[] LICENCES = {
        "公示|{agency}行政许可决定公示（{year}年第{n}期）", "公示|{agency}行政许可决定公示（{year}年第{n}期）",
        "其他|{agency}{permit}办事指南（{year}年第{n}版）", "报告|{agency}{ym}行政许可办理情况"};

    private void licence(Content c) {
        String[] line = pickLine(LICENCES);
        c.genre = line[0];
        c.title = title(line[1]);
        c.topic = def.topic;
        List<String> b = new ArrayList<>();
        if (c.title.contains("办事指南")) {
            String permit = value("permit");
            b.add(h2("一、事项名称"));
            b.add(p(permit + "（行政许可）"));
            b.add(h2("二、设定依据"));
            b.add(p("《" + String.join("》《", def.laws) + "》等法律法规。"));
            b.add(h2("三、申请条件和材料"));
            b.add(ol(List.of("申请书；", "申请人主体资格证明材料；", "符合法定条件的相关证明材料；", "法律、法规规定的其他材料。")));
            b.add(h2("四、办理程序和时限"));
            b.add(p(r("申请—受理—审查—决定—送达。法定办结时限20个工作日，承诺办结时限{num2}个工作日。本事项不收费。")));
            b.add(p(r("办理地点：{county}政务服务中心；咨询电话：{phone}。")));
            c.summary = "公布" + permit + "的设定依据、申请条件、办理程序和时限。";
        } else if (c.title.contains("办理情况")) {
            b.add(p(r("{ym}，{short}共受理行政许可申请{big2}件，办结{big2}件，其中准予许可{big2}件，不予许可{num2}件，按时办结率100%。")));
            b.add(dataTable("GENERAL", 4));
            b.add(p("以上许可事项均依据《中华人民共和国行政许可法》规定的程序办理，办理结果已依法送达申请人。"));
            c.summary = r("公开{short}{ym}行政许可受理、办结情况。");
        } else {
            b.add(p(r("根据《中华人民共和国行政许可法》第四十条规定，现将{short}作出的准予行政许可决定予以公开。")));
            List<String[]> rows = new ArrayList<>();
            int k = between(3, 6);
            for (int i = 0; i < k; i++) {
                String permit = def.permits.length > 0 ? pick(def.permits) : "行政许可";
                rows.add(new String[] {docNo(def.prefix + "许"), permit, (chance(0.85) ? (chance(0.7) ? COUNTY : value("place"))
                        + pick(Vocab.BIZ_WORDS) + pick(Vocab.BIZ_TRADES) : "自然人（个人信息已隐去）"), "准予许可",
                    full(written.minusDays(between(0, 10)))});
            }
            b.add(table(new String[] {"决定文书号", "许可事项", "行政相对人", "许可决定", "决定日期"}, rows));
            b.add(p(r("如对上述信息有疑问，请与{office}联系，联系电话：{phone}。")));
            c.summary = r("公开{short}依法作出的准予行政许可决定，含决定文书号、许可事项、行政相对人和决定日期。");
        }
        c.body = assemble(b);
    }

    private void penalty(Content c) {
        c.topic = def.topic;
        List<String> b = new ArrayList<>();
        if (chance(0.75)) {
            String no = docNo(def.prefix + "罚决");
            c.docNo = no;
            c.title = def.name + "行政处罚决定书（" + no + "）";
            c.genre = "其他";
            String violation = value("violation");
            boolean person = chance(personShare(violation));
            String party = person ? value("person") : partyFor(violation);
            String law = value("law");
            int fine = between(5, 500) * 100;
            b.add(p("当事人：" + party + (person ? "（个人身份信息已隐去）" : "")));
            b.add(p(r("经查，当事人于{fulldate}前存在") + violation + "的行为。上述事实有现场检查笔录、询问笔录、照片等证据证实。"));
            b.add(p("当事人的上述行为违反了《" + law + "》的有关规定。依据《" + law + "》相关条款和《中华人民共和国行政处罚法》的规定，"
                    + "综合考虑违法行为的事实、性质、情节和社会危害程度，决定给予当事人如下行政处罚："));
            b.add(ol(List.of(chance(0.5) ? "警告；" : "责令改正；", "罚款人民币" + fine + "元。")));
            b.add(p("当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"));
            b.add(p("如不服本处罚决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。"));
            b.add(signature());
            c.summary = "当事人" + party + "因" + violation + "，被" + def.shortName + "依法给予行政处罚。";
        } else {
            c.genre = "公示";
            c.title = title("{agency}行政处罚信息公示（{year}年第{n}期）");
            b.add(p(r("根据行政执法公示制度有关规定，现将{short}近期作出的行政处罚决定信息公示如下：")));
            List<String[]> rows = new ArrayList<>();
            int k = between(3, 5);
            for (int i = 0; i < k; i++) {
                String pair = def.violations.length > 0 ? pick(def.violations) : "违反有关管理规定|中华人民共和国行政处罚法";
                String violation = pair.substring(0, pair.indexOf('|'));
                String party = chance(personShare(violation)) ? pick(Vocab.SURNAMES) + "某某" : partyFor(violation);
                rows.add(new String[] {docNo(def.prefix + "罚决"), party, violation,
                    "罚款" + between(5, 500) * 100 + "元", full(written.minusDays(between(0, 6)))});
            }
            b.add(table(new String[] {"决定书文号", "当事人", "违法行为", "处罚内容", "处罚日期"}, rows));
            b.add(p("公示的个人信息已依法作去标识化处理。"));
            c.summary = r("公示{short}作出的行政处罚决定信息，含决定书文号、当事人、违法行为和处罚内容。");
        }
        c.body = assemble(b);
    }

    /** How often such a violation is a private person's (named only as 张某某). */
    private static double personShare(String violation) {
        for (String w : Vocab.PERSONAL_VIOLATIONS) {
            if (violation.contains(w)) {
                return 0.8;
            }
        }
        return 0.1;
    }

    /** A fictional business or organisation of the kind that commits this violation. */
    private String partyFor(String violation) {
        String where = chance(0.7) ? COUNTY : pick(AgencyCatalog.TOWNSHIP_NAMES);
        for (String[] kv : Vocab.PARTY_BY_VIOLATION) {
            if (violation.contains(kv[0])) {
                return where + pick(Vocab.BIZ_WORDS) + kv[1];
            }
        }
        return where + pick(Vocab.BIZ_WORDS) + pick(Vocab.BIZ_TRADES);
    }

    private static final String[] ORGANISATION = {
        "其他|{agency}机构职能（{year}年{month}月更新）", "其他|{agency}内设机构（{year}年{month}月更新）",
        "其他|{agency}领导信息（{year}年{month}月更新）", "其他|{agency}办公地址及联系方式（{year}年{month}月更新）",
        "其他|{agency}政府信息公开指南（{year}年修订）", "@dept:其他|{agency}权责清单（{year}年版）"};

    private void organisation(Content c) {
        String[] line = pickLine(ORGANISATION);
        c.genre = line[0];
        c.title = title(line[1]);
        c.topic = "综合政务\\政务公开";
        List<String> b = new ArrayList<>();
        if (c.title.contains("公开指南")) {
            for (String para : AgencyCatalog.guideText(def).split("\n\n")) {
                b.add(p(para));
            }
            c.summary = "说明" + def.name + "主动公开和依申请公开政府信息的范围、方式、程序以及监督和救济途径。";
        } else if (c.title.contains("联系方式")) {
            b.add(p("机构名称：" + def.name));
            b.add(p("办公地址：" + AgencyCatalog.address(def)));
            b.add(p("办公时间：" + AgencyCatalog.OFFICE_HOURS));
            b.add(p("联系电话：" + AgencyCatalog.phone(def) + "；传真：" + AgencyCatalog.fax(def)));
            b.add(p("电子邮箱：" + AgencyCatalog.email(def) + "；邮政编码：" + AgencyCatalog.postcode(def)));
            b.add(p("网址：" + AgencyCatalog.siteUrl(def)));
            b.add(p("政府信息公开工作机构：" + AgencyCatalog.office(def) + "。依申请公开政府信息的，可在办公时间内到上述地址提交申请，也可通过邮寄、传真或电子邮件方式提交。"));
            c.summary = "公开" + def.name + "的办公地址、办公时间和联系方式。";
        } else if (c.title.contains("权责清单")) {
            b.add(p(r("根据深化“放管服”改革和权责清单动态调整的有关要求，现将{short}权责清单（{year}年版）予以公布。")));
            List<String[]> rows = new ArrayList<>();
            int total = 0;
            for (String type : new String[] {"行政许可", "行政处罚", "行政强制", "行政检查", "行政确认", "其他行政权力"}) {
                int n = type.equals("行政处罚") ? between(5, 260) : between(0, 30);
                total += n;
                rows.add(new String[] {type, Integer.toString(n)});
            }
            rows.add(new String[] {"合计", Integer.toString(total)});
            b.add(table(new String[] {"权力类型", "事项数（项）"}, rows));
            b.add(p("各事项的实施依据、责任事项、追责情形和监督方式详见清单明细。公民、法人和其他组织对清单有意见建议的，可向本机关反映。"));
            c.summary = "公布" + def.name + "行政权力事项及对应的责任事项。";
        } else if (c.title.contains("领导信息")) {
            String head = def.isLocal() ? (def.isSubdistrict() ? "主任" : def.shortName.endsWith("镇") ? "镇长" : "乡长")
                    : def.isGovernment() ? "县长" : def.shortName.endsWith("局") ? "局长" : "主任";
            b.add(p(head + "：主持全面工作，负责" + def.duty.replaceFirst("^负责", "") + "的统筹协调。"));
            int deputies = between(2, 4);
            int t0 = rng.nextInt(def.themes.length);
            for (int k = 0; k < deputies; k++) {
                String deputy = def.isGovernment() ? "副县长" : def.isLocal()
                        ? (def.isSubdistrict() ? "副主任" : "副" + head) : "副" + head;
                b.add(p(deputy + "：负责" + def.themes[(t0 + 2 * k) % def.themes.length] + "、"
                        + def.themes[(t0 + 2 * k + 1) % def.themes.length] + "等方面工作，分管相关科室（站所）。"));
            }
            b.add(p("根据工作需要，领导分工如有调整，以最新公布信息为准。姓名、照片等信息另行在门户网站“领导信息”栏目公开。"));
            c.summary = "公开" + def.name + "领导班子职数及分工。";
        } else {
            b.add(p(def.name + "主要职责："));
            List<String> duties = new ArrayList<>();
            duties.add(def.duty + "。");
            duties.add("贯彻执行国家、省、市关于" + def.themes[0] + "等方面工作的方针政策和法律法规，拟订相关政策措施并组织实施。");
            duties.add("负责" + String.join("、", def.themes[1 % def.themes.length], def.themes[2 % def.themes.length]) + "等工作的指导、协调和监督管理。");
            duties.add("负责本机关政务公开、安全生产、保密等工作。");
            duties.add("完成县委、县政府交办的其他任务。");
            b.add(ol(duties));
            b.add(p("内设机构：办公室、政策法规科及业务科室" + between(3, 9) + "个；下属事业单位" + between(0, 6) + "家。"));
            c.summary = "公开" + def.name + "的主要职责和内设机构。";
        }
        c.body = assemble(b);
    }
}
