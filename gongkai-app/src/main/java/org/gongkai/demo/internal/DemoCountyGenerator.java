package org.gongkai.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.gongkai.demo.internal.AgencyCatalog.Def;
import org.gongkai.demo.internal.ItemComposer.Content;
import org.gongkai.demo.internal.ItemComposer.Counters;
import org.gongkai.demo.internal.ItemComposer.Policy;

/**
 * Generates the fictional county 青山县 (region code 330999, not a real county): its agencies and a few
 * years of proactively disclosed items, for demos, manual testing and benchmarks.
 *
 * <p>Everything follows from the seed: the same seed, {@code today} and {@code total} give the same items.
 * Each regular item draws from its own random streams (derived from the seed and its slot number), so
 * apart from running numbers (文号, 第n期) an item does not depend on the items before it, and
 * {@link #stream} needs no memory beyond those counters and the interpretations still waiting to be
 * published.
 *
 * <p>Items come in publication order, over the three years up to {@code today}:
 * <ul>
 *   <li>every agency's 部门预算 (in the first quarter) and 部门决算 of the previous year (in the third
 *       quarter), categories {@code CZXX-YS} and {@code CZXX-JS};</li>
 *   <li>regular items spread evenly over the publishing days (weekdays and a few weekend days), each with
 *       an agency and a category drawn with realistic weights;</li>
 *   <li>a 政策解读 (ZCJD) for every 行政规范性文件 and for some other policy documents, published the same
 *       day or up to three working days later, after the document it interprets
 *       ({@code interpretsIndex} is always smaller than the interpretation's own index).</li>
 * </ul>
 * {@link #items} also makes titles unique within each agency, which {@link #stream} does not try to do
 * (it would need memory growing with the stream). Both give the same agencies, dates and interpretation
 * links in the same order; only the items that {@code items} re-drew for a unique title differ in their
 * words (and, rarely, became a 工作动态 when the agency had run out of distinct titles in the category).
 */
public final class DemoCountyGenerator {

    /** The county template's categories (栏目), with their codes. */
    public static final List<DemoCategory> CATEGORIES = List.of(
            new DemoCategory("JGXX", "机构信息", null, 1),
            new DemoCategory("ZCWJ", "政策文件", null, 2),
            new DemoCategory("ZCJD", "政策解读", null, 3),
            new DemoCategory("GHJH", "规划计划", null, 4),
            new DemoCategory("TZGG", "通知公告", null, 5),
            new DemoCategory("GZDT", "工作动态", null, 6),
            new DemoCategory("RSXX", "人事信息", null, 7),
            new DemoCategory("CZXX", "财政信息", null, 8),
            new DemoCategory("CZXX-YS", "预算", "CZXX", 1),
            new DemoCategory("CZXX-JS", "决算", "CZXX", 2),
            new DemoCategory("YJGL", "应急管理", null, 9),
            new DemoCategory("ZDLY", "重点领域信息", null, 10),
            new DemoCategory("XZXK", "行政许可", null, 11),
            new DemoCategory("XZCF", "行政处罚", null, 12));

    /** How far back items go: publication and 成文 dates lie in [today − YEARS years, today]. */
    public static final int YEARS = 3;

    /** The number of items a demo database gets. */
    public static final int DEMO_ITEMS = 6_000;

    private static final String[] REGULAR = {"GZDT", "TZGG", "ZCWJ", "GHJH", "RSXX", "CZXX", "YJGL", "ZDLY", "XZXK", "XZCF", "JGXX"};

    private static final double[] AGENCY_CUMULATIVE;
    private static final double[][] CATEGORY_CUMULATIVE;
    private static final double[] NORMATIVE_SHARE;

    static {
        List<Def> defs = AgencyCatalog.DEFS;
        AGENCY_CUMULATIVE = new double[defs.size()];
        CATEGORY_CUMULATIVE = new double[defs.size()][];
        NORMATIVE_SHARE = new double[defs.size()];
        double sum = 0;
        for (int i = 0; i < defs.size(); i++) {
            Def d = defs.get(i);
            sum += d.weight;
            AGENCY_CUMULATIVE[i] = sum;
            double[] w = categoryWeights(d);
            double[] cum = new double[w.length];
            double s = 0;
            for (int k = 0; k < w.length; k++) {
                s += w[k];
                cum[k] = s;
            }
            CATEGORY_CUMULATIVE[i] = cum;
            NORMATIVE_SHARE[i] = d.rules.length == 0 ? 0 : d.isGovernment() ? 0.45 : d.isGeneral() ? 0.5 : d.isLocal() ? 0.12 : 0.33;
        }
    }

    /** Weights in {@link #REGULAR} order: GZDT TZGG ZCWJ GHJH RSXX CZXX YJGL ZDLY XZXK XZCF JGXX. */
    private static double[] categoryWeights(Def d) {
        double[] w;
        if (d.isGovernment()) {
            w = new double[] {24, 16, 26, 8, 6, 3, 5, 10, 0, 0, 1};
        } else if (d.isGeneral()) {
            w = new double[] {20, 18, 24, 8, 2, 2, 4, 6, 0, 0, 2};
        } else if (d.isLocal()) {
            w = new double[] {34, 15, 5, 4, 2, 4, 4, 20, d.permits.length > 0 ? 2 : 0, 2, 2};
        } else {
            w = new double[] {30, 20, 11, 4, 4, 2, 3, 12, d.permits.length > 0 ? 6 : 0, d.violations.length > 0 ? 6 : 0, 2};
            switch (d.slug) {
                case "spj" -> w[8] = 25;
                case "zfj" -> w[9] = 15;
                case "scjgj", "gaj" -> w[9] = 10;
                case "yjj" -> w[6] = 10;
                case "qxj" -> w[6] = 15;
                case "rsj" -> w[4] = 10;
                case "czj" -> w[5] = 8;
                case "ggzy" -> w[7] = 25;
                default -> { }
            }
        }
        return w;
    }

    private final long seed;

    public DemoCountyGenerator(long seed) {
        this.seed = seed;
    }

    /** The county government, its departments, sub-districts and townships, in catalogue order (fixed, whatever the seed). */
    public List<DemoAgency> agencies() {
        return AgencyCatalog.AGENCIES;
    }

    /** The categories items use; same as {@link #CATEGORIES}. */
    public List<DemoCategory> categories() {
        return CATEGORIES;
    }

    /**
     * {@code total} items published over the {@value #YEARS} years up to {@code today}, in publication
     * order, with titles unique within each agency and a 解读 for every normative document.
     */
    public List<DemoItem> items(LocalDate today, int total) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        Engine e = new Engine(today, total, true);
        List<DemoItem> out = new ArrayList<>(total);
        while (e.hasNext()) {
            out.add(e.next());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The same items lazily, in constant memory, for loading large benchmark data sets; titles may repeat
     * within an agency. {@code interpretsIndex} counts from the start of this stream.
     */
    public Stream<DemoItem> stream(LocalDate today, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        Engine e = new Engine(today, total, false);
        return StreamSupport.stream(Spliterators.spliterator(e, total,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    // ----------------------------------------------------------------------------------------------

    /** SplitMix64's finaliser: a well-mixed 64-bit value from a few integers. */
    static long mix(long seed, long a, long b) {
        long z = seed + 0x9E3779B97F4A7C15L * (a + 1) + 0xC2B2AE3D27D4EB4FL * (b + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final long STREAM_HEAD = 0;
    private static final long STREAM_META = 1;
    private static final long STREAM_CONTENT = 2;
    private static final long STREAM_INTERPRETATION = 1_000;
    private static final long STREAM_WEEKEND = 7_000_001;
    private static final long STREAM_SCHEDULE = 7_000_002;

    static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    static LocalDate plusWorkingDays(LocalDate d, int n) {
        LocalDate r = d;
        for (int i = 0; i < n; i++) {
            do {
                r = r.plusDays(1);
            } while (isWeekend(r));
        }
        return r;
    }

    static LocalDate minusWorkingDays(LocalDate d, int n) {
        LocalDate r = d;
        for (int i = 0; i < n; i++) {
            do {
                r = r.minusDays(1);
            } while (isWeekend(r));
        }
        return r;
    }

    private record Head(int agency, String category, boolean normative, boolean interpreted) {
    }

    private record Scheduled(LocalDate published, int agency, int year, boolean finalAccount) {
    }

    private record Pending(LocalDate published, long seq, int policyIndex, long slot, LocalDate policyWritten, Policy policy) {
    }

    /** Produces items one at a time in publication order; see the class comment. */
    private final class Engine implements Iterator<DemoItem> {
        private final LocalDate today;
        private final LocalDate start;
        private final boolean unique;
        private final List<Scheduled> scheduled;
        private final long regular;
        private final long forcedPlain;
        private final long publishingDays;
        private final PriorityQueue<Pending> pending = new PriorityQueue<>(
                Comparator.comparing(Pending::published).thenComparingLong(Pending::seq));
        private final Counters counters = new Counters();
        private final Set<String> titles;
        private int scheduledPos;
        private long slot;
        private long emitted;
        private long seq;
        /** Cursor over publishing days: {@code cursorDay} is publishing day number {@code cursorIndex}. */
        private LocalDate cursorDay;
        private long cursorIndex;

        Engine(LocalDate today, long total, boolean unique) {
            this.today = Objects.requireNonNull(today, "today");
            this.start = today.minusYears(YEARS);
            this.unique = unique;
            this.titles = unique ? new HashSet<>() : null;
            List<Scheduled> s = schedule();
            if (s.size() > total) {
                s = s.subList(0, (int) total);
            }
            this.scheduled = s;
            long remaining = total - s.size();
            long used = 0;
            long j = 0;
            long plain = -1;
            while (used < remaining) {
                int need = head(j, -1).interpreted() ? 2 : 1;
                if (used + need > remaining) {
                    plain = j;
                    need = 1;
                }
                used += need;
                j++;
            }
            this.regular = j;
            this.forcedPlain = plain;
            long days = 0;
            for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
                if (isPublishingDay(d)) {
                    days++;
                }
            }
            this.publishingDays = days;
            this.cursorDay = start;
            while (!isPublishingDay(cursorDay)) {
                cursorDay = cursorDay.plusDays(1);
            }
        }

        private boolean isPublishingDay(LocalDate d) {
            if (!isWeekend(d)) {
                return true;
            }
            return Long.remainderUnsigned(mix(seed, STREAM_WEEKEND, d.toEpochDay()), 100) < 6 || d.equals(today);
        }

        /** Every agency's 部门预算 (Q1) and 部门决算 (Q3) falling in the period, in date order. */
        private List<Scheduled> schedule() {
            List<Scheduled> out = new ArrayList<>();
            for (int year = start.getYear(); year <= today.getYear(); year++) {
                for (int a = 0; a < AgencyCatalog.DEFS.size(); a++) {
                    SplittableRandom r = new SplittableRandom(mix(seed ^ STREAM_SCHEDULE, a, year));
                    LocalDate ys = workday(LocalDate.of(year, 2, 10).plusDays(r.nextInt(48)));
                    LocalDate js = workday(LocalDate.of(year, 7, 20).plusDays(r.nextInt(65)));
                    if (!ys.isBefore(start) && !ys.isAfter(today)) {
                        out.add(new Scheduled(ys, a, year, false));
                    }
                    if (!js.isBefore(start) && !js.isAfter(today)) {
                        out.add(new Scheduled(js, a, year - 1, true));
                    }
                }
            }
            out.sort(Comparator.comparing(Scheduled::published).thenComparingInt(Scheduled::agency)
                    .thenComparing(Scheduled::finalAccount));
            return out;
        }

        private LocalDate workday(LocalDate d) {
            LocalDate r = d;
            while (isWeekend(r)) {
                r = r.plusDays(1);
            }
            return r;
        }

        private Head head(long j, long plain) {
            SplittableRandom r = new SplittableRandom(mix(seed, j, STREAM_HEAD));
            double x = r.nextDouble() * AGENCY_CUMULATIVE[AGENCY_CUMULATIVE.length - 1];
            int agency = search(AGENCY_CUMULATIVE, x);
            double[] cum = CATEGORY_CUMULATIVE[agency];
            String category = REGULAR[search(cum, r.nextDouble() * cum[cum.length - 1])];
            boolean normative = false;
            boolean interpreted = false;
            double y = r.nextDouble();
            if ("ZCWJ".equals(category) && j != plain) {
                normative = y < NORMATIVE_SHARE[agency];
                interpreted = normative || r.nextDouble() < 0.12;
            }
            return new Head(agency, category, normative, interpreted);
        }

        private static int search(double[] cumulative, double x) {
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** Publication date of regular slot {@code slot}: slots spread evenly over the publishing days. */
        private LocalDate regularDate() {
            long target = Math.min(publishingDays - 1, slot * publishingDays / Math.max(1, regular));
            while (cursorIndex < target) {
                do {
                    cursorDay = cursorDay.plusDays(1);
                } while (!isPublishingDay(cursorDay));
                cursorIndex++;
            }
            return cursorDay;
        }

        @Override
        public boolean hasNext() {
            return scheduledPos < scheduled.size() || slot < regular || !pending.isEmpty();
        }

        @Override
        public DemoItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            LocalDate dP = pending.isEmpty() ? null : pending.peek().published();
            LocalDate dS = scheduledPos < scheduled.size() ? scheduled.get(scheduledPos).published() : null;
            LocalDate dR = slot < regular ? regularDate() : null;
            DemoItem item;
            if (dP != null && (dS == null || !dS.isBefore(dP)) && (dR == null || !dR.isBefore(dP))) {
                item = interpretation(pending.poll());
            } else if (dS != null && (dR == null || !dR.isBefore(dS))) {
                item = budget(scheduled.get(scheduledPos++));
            } else {
                item = regular(slot++, dR);
            }
            emitted++;
            return item;
        }

        private boolean accept(int agency, String title, Policy policy) {
            if (!unique) {
                return true;
            }
            String key = agency + "\u0001" + title;
            if (titles.contains(key)) {
                return false;
            }
            if (policy != null && titles.contains(agency + "\u0002" + policy.docName())) {
                return false;
            }
            titles.add(key);
            if (policy != null) {
                titles.add(agency + "\u0002" + policy.docName());
            }
            return true;
        }

        /** Makes a title unique by adding its date, then a number, when re-drawing did not help. */
        private String forceUnique(int agency, String title, LocalDate on) {
            String t = title + "（" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日）";
            for (int k = 2; titles.contains(agency + "\u0001" + t); k++) {
                t = title + "（" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日之" + k + "）";
            }
            return t;
        }

        private static final int ATTEMPTS = 40;

        private DemoItem regular(long j, LocalDate published) {
            Head h = head(j, forcedPlain);
            Def def = AgencyCatalog.DEFS.get(h.agency());
            SplittableRandom meta = new SplittableRandom(mix(seed, j, STREAM_META));
            LocalDate written = writtenFor(h.category(), published, meta);
            Content c = null;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                SplittableRandom rng = new SplittableRandom(mix(seed, j, STREAM_CONTENT + attempt));
                c = ItemComposer.compose(def, h.category(), h.normative(), h.interpreted(), written, published, rng, counters, attempt);
                if (accept(h.agency(), c.title, c.policy)) {
                    break;
                }
                counters.rollback();
                c = null;
            }
            if (c == null) {
                SplittableRandom rng = new SplittableRandom(mix(seed, j, STREAM_CONTENT));
                c = ItemComposer.compose(def, h.category(), h.normative(), h.interpreted(), written, published, rng, counters, 0);
                c.title = forceUnique(h.agency(), c.title, published);
                accept(h.agency(), c.title, null);
            }
            counters.commit();

            String validity = "VALID";
            LocalDate changed = null;
            if (h.normative()) {
                long age = ChronoUnit.DAYS.between(published, today);
                double v = meta.nextDouble();
                if (c.validUntil != null && c.validUntil.isBefore(today)) {
                    if (v < 0.6) {
                        validity = "EXPIRED";
                        changed = c.validUntil.plusDays(1);
                    }
                } else if (age > 300 && v < 0.14) {
                    validity = v < 0.07 ? "ABOLISHED" : "AMENDED";
                    changed = published.plusDays(180 + meta.nextLong(age - 180));
                }
            }
            if (h.interpreted()) {
                Objects.requireNonNull(c.policy, "an interpreted document must describe itself");
                int lag = meta.nextDouble() < 0.65 ? 0 : 1 + meta.nextInt(3);
                LocalDate on = plusWorkingDays(published, lag);
                if (on.isAfter(today)) {
                    on = today;
                }
                pending.add(new Pending(on, seq++, (int) Math.min(Integer.MAX_VALUE, emitted), j, written, c.policy));
            }
            return new DemoItem(def.code, c.category, c.title, c.docNo, written, published, c.topic, c.genre,
                    h.normative(), validity, c.validUntil, changed, "主动公开", "面向全社会", c.summary, c.body, null);
        }

        /** 成文日期: a few working days before publication (same day or so for news), never before the period. */
        private LocalDate writtenFor(String category, LocalDate published, SplittableRandom meta) {
            double late = meta.nextDouble();
            int lag = switch (category) {
                case "GZDT" -> meta.nextInt(3);
                case "ZCWJ" -> late < 0.05 ? 20 + meta.nextInt(26) : 3 + meta.nextInt(13);
                case "XZXK", "XZCF" -> 1 + meta.nextInt(7);
                case "YJGL" -> meta.nextInt(4);
                default -> late < 0.03 ? 16 + meta.nextInt(15) : 1 + meta.nextInt(10);
            };
            LocalDate w = minusWorkingDays(published, lag);
            return w.isBefore(start) ? start : w;
        }

        private DemoItem budget(Scheduled s) {
            Def def = AgencyCatalog.DEFS.get(s.agency());
            SplittableRandom rng = new SplittableRandom(mix(seed ^ STREAM_SCHEDULE, s.agency() + 1_000, s.year() * 2L + (s.finalAccount() ? 1 : 0)));
            LocalDate written = minusWorkingDays(s.published(), 1 + rng.nextInt(8));
            if (written.isBefore(start)) {
                written = start;
            }
            Content c = ItemComposer.budget(def, s.year(), s.finalAccount(), written, s.published(), rng, counters);
            if (!accept(s.agency(), c.title, null)) {
                c.title = forceUnique(s.agency(), c.title, s.published());
                accept(s.agency(), c.title, null);
            }
            counters.commit();
            return new DemoItem(def.code, s.finalAccount() ? "CZXX-JS" : "CZXX-YS", c.title, null, written, s.published(),
                    c.topic, c.genre, false, "VALID", null, null, "主动公开", "面向全社会", c.summary, c.body, null);
        }

        private DemoItem interpretation(Pending p) {
            Policy pol = p.policy();
            int agency = pol.def().index;
            LocalDate written = minusWorkingDays(p.published(), (int) Long.remainderUnsigned(mix(seed, p.slot(), STREAM_INTERPRETATION - 1), 3));
            if (written.isBefore(p.policyWritten())) {
                written = p.policyWritten();
            }
            Content c = null;
            for (int attempt = 0; attempt < ATTEMPTS / 4; attempt++) {
                SplittableRandom rng = new SplittableRandom(mix(seed, p.slot(), STREAM_INTERPRETATION + attempt));
                c = ItemComposer.interpretation(pol, written, p.published(), rng, counters);
                if (accept(agency, c.title, null)) {
                    break;
                }
                counters.rollback();
                c = null;
            }
            if (c == null) {
                SplittableRandom rng = new SplittableRandom(mix(seed, p.slot(), STREAM_INTERPRETATION));
                c = ItemComposer.interpretation(pol, written, p.published(), rng, counters);
                c.title = forceUnique(agency, c.title, p.published());
                accept(agency, c.title, null);
            }
            counters.commit();
            return new DemoItem(pol.def().code, "ZCJD", c.title, null, written, p.published(), c.topic, c.genre, false,
                    "VALID", null, null, "主动公开", "面向全社会", c.summary, c.body, p.policyIndex());
        }
    }
}
