package org.gongkai.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gongkai.core.code.CreditCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCountyGeneratorTest {

    static final long SEED = 20_261_128L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate START = TODAY.minusYears(DemoCountyGenerator.YEARS);
    static final int TOTAL = 6_000;

    static List<DemoAgency> agencies;
    static List<DemoItem> items;
    static Map<String, DemoAgency> byCode;

    @BeforeAll
    static void generate() {
        DemoCountyGenerator g = new DemoCountyGenerator(SEED);
        agencies = g.agencies();
        items = g.items(TODAY, TOTAL);
        byCode = agencies.stream().collect(Collectors.toMap(DemoAgency::code, a -> a));
    }

    // ---------------------------------------------------------------------------------- agencies

    @Test
    void agencyCodesAreValidAndUnique() {
        assertThat(agencies).allSatisfy(a -> assertThat(CreditCode.isValid(a.code())).as(a.name()).isTrue());
        assertThat(agencies).extracting(DemoAgency::code).doesNotHaveDuplicates();
        assertThat(agencies).extracting(DemoAgency::code).allSatisfy(c -> assertThat(c).startsWith("11330999"));
        assertThat(agencies).extracting(DemoAgency::name).doesNotHaveDuplicates();
        assertThat(agencies).extracting(DemoAgency::sortOrder).doesNotHaveDuplicates();
    }

    @Test
    void theCountyHasOneGovernmentFortyDepartmentsTwentyTownshipsAndTwoSubdistricts() {
        Map<String, List<DemoAgency>> byKind = agencies.stream().collect(Collectors.groupingBy(DemoAgency::kind));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder("GOVERNMENT", "DEPARTMENT", "TOWNSHIP", "SUBDISTRICT");
        assertThat(byKind.get("GOVERNMENT")).singleElement().satisfies(gov -> {
            assertThat(gov.name()).isEqualTo("青山县人民政府");
            assertThat(gov.parentCode()).isNull();
        });
        assertThat(byKind.get("DEPARTMENT")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(byKind.get("TOWNSHIP")).hasSizeGreaterThanOrEqualTo(20)
                .anySatisfy(t -> assertThat(t.shortName()).endsWith("镇"))
                .anySatisfy(t -> assertThat(t.shortName()).endsWith("乡"))
                .allSatisfy(t -> assertThat(t.shortName()).matches(".+[镇乡]"));
        assertThat(byKind.get("SUBDISTRICT")).hasSize(2).allSatisfy(s -> assertThat(s.shortName()).endsWith("街道"));
        String gov = byKind.get("GOVERNMENT").get(0).code();
        assertThat(agencies).filteredOn(a -> !a.kind().equals("GOVERNMENT"))
                .allSatisfy(a -> assertThat(a.parentCode()).isEqualTo(gov));
        assertThat(agencies).extracting(DemoAgency::name).contains("青山县发展和改革局", "青山县教育局", "青山县公安局",
                "青山县民政局", "青山县司法局", "青山县财政局", "青山县人力资源和社会保障局", "青山县自然资源和规划局",
                "青山县生态环境局", "青山县人民政府办公室", "青山县卫生健康局", "青山县应急管理局", "青山县审计局",
                "青山县市场监督管理局", "青山县医疗保障局", "青山县统计局", "青山县林业局");
    }

    @Test
    void contactDetailsAreFictionalAndComplete() {
        assertThat(agencies).allSatisfy(a -> {
            assertThat(a.email()).matches("[a-z]+@qingshan\\.gov\\.cn\\.example");
            assertThat(a.phone()).matches("0500-\\d{7}");
            assertThat(a.fax()).matches("0500-\\d{7}");
            assertThat(a.postcode()).matches("\\d{6}");
            assertThat(a.address()).startsWith("青山县");
            assertThat(a.officeHours()).contains("周一至周五");
            assertThat(a.shortName()).isNotBlank();
        });
        assertThat(agencies).extracting(DemoAgency::phone).doesNotHaveDuplicates();
        assertThat(agencies).extracting(DemoAgency::email).doesNotHaveDuplicates();
    }

    @Test
    void everyAgencyHasADisclosureGuideWithItsContactDetails() {
        assertThat(agencies).allSatisfy(a -> {
            String[] paragraphs = a.guideText().split("\n\n");
            assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(6);
            assertThat(paragraphs).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n"));
            assertThat(a.guideText()).contains(a.name(), a.phone(), a.fax(), a.email(), a.address(), "20个工作日",
                    "主动公开", "依申请公开", "行政复议", "信息处理费");
        });
        assertThat(agencies).filteredOn(a -> a.kind().equals("TOWNSHIP"))
                .allSatisfy(a -> assertThat(a.guideText()).contains("第二十一条", "筹资筹劳", "宅基地"));
    }

    @Test
    void agenciesDoNotDependOnTheSeed() {
        assertThat(new DemoCountyGenerator(1).agencies()).isEqualTo(new DemoCountyGenerator(2).agencies());
    }

    // ---------------------------------------------------------------------------------- determinism

    @Test
    void theSameSeedGivesTheSameItems() {
        assertThat(new DemoCountyGenerator(SEED).items(TODAY, TOTAL)).isEqualTo(items);
        assertThat(new DemoCountyGenerator(SEED + 1).items(TODAY, TOTAL)).isNotEqualTo(items);
    }

    // ---------------------------------------------------------------------------------- items

    @Test
    void itemsBelongToKnownAgenciesAndCategories() {
        Set<String> codes = DemoCountyGenerator.CATEGORIES.stream().map(DemoCategory::code).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("JGXX", "ZCWJ", "ZCJD", "GHJH", "TZGG", "GZDT", "RSXX", "CZXX",
                "CZXX-YS", "CZXX-JS", "YJGL", "ZDLY", "XZXK", "XZCF");
        assertThat(items).hasSize(TOTAL);
        assertThat(items).allSatisfy(i -> {
            assertThat(byCode).containsKey(i.agencyCode());
            assertThat(codes).contains(i.categoryCode());
            assertThat(i.title()).isNotBlank();
            assertThat(i.topic()).contains("\\");
            assertThat(i.genre()).isNotBlank();
            assertThat(i.disclosureMethod()).isEqualTo("主动公开");
            assertThat(i.disclosureScope()).isEqualTo("面向全社会");
        });
        Set<String> used = items.stream().map(DemoItem::categoryCode).collect(Collectors.toSet());
        assertThat(used).isEqualTo(codes);
        assertThat(items.stream().map(DemoItem::agencyCode).distinct().count()).isEqualTo(agencies.size());
    }

    @Test
    void datesLieInTheThreeYearsBeforeTodayAndItemsComeInPublicationOrder() {
        assertThat(items).allSatisfy(i -> {
            assertThat(i.writtenOn()).isBetween(START, TODAY);
            assertThat(i.publishedOn()).isBetween(START, TODAY);
            assertThat(i.writtenOn()).isBeforeOrEqualTo(i.publishedOn());
        });
        for (int k = 1; k < items.size(); k++) {
            assertThat(items.get(k).publishedOn()).isAfterOrEqualTo(items.get(k - 1).publishedOn());
        }
        assertThat(items.get(0).publishedOn()).isBefore(START.plusDays(10));
        assertThat(items.get(items.size() - 1).publishedOn()).isAfter(TODAY.minusDays(10));
        long weekend = items.stream().filter(i -> i.publishedOn().getDayOfWeek().getValue() >= 6).count();
        assertThat(weekend).isLessThan(TOTAL / 10);
    }

    @Test
    void mostItemsArePublishedWithinFifteenWorkingDaysAndAFewLate() {
        long late = items.stream().filter(i -> workingDaysBetween(i.writtenOn(), i.publishedOn()) > 15).count();
        assertThat(late).isPositive().isLessThan(TOTAL / 20);
    }

    @Test
    void categoriesHaveRealisticShares() {
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(DemoItem::categoryCode, Collectors.counting()));
        List<String> ranked = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        assertThat(ranked.subList(0, 2)).containsExactly("GZDT", "TZGG");
        assertThat(share(counts.get("ZCWJ"))).isBetween(0.07, 0.14);
        long normative = items.stream().filter(DemoItem::normative).count();
        assertThat((double) normative / counts.get("ZCWJ")).isBetween(0.22, 0.45);
        assertThat(items).filteredOn(DemoItem::normative).allSatisfy(i -> assertThat(i.categoryCode()).isEqualTo("ZCWJ"));
    }

    @Test
    void everyNormativeDocumentHasAnInterpretationPointingAtIt() {
        Map<Integer, List<Integer>> interpretations = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            DemoItem i = items.get(k);
            if (i.categoryCode().equals("ZCJD")) {
                assertThat(i.interpretsIndex()).as(i.title()).isNotNull();
                assertThat(i.genre()).isEqualTo("解读");
                interpretations.computeIfAbsent(i.interpretsIndex(), x -> new java.util.ArrayList<>()).add(k);
            } else {
                assertThat(i.interpretsIndex()).isNull();
            }
        }
        interpretations.forEach((target, by) -> {
            DemoItem policy = items.get(target);
            assertThat(policy.categoryCode()).isEqualTo("ZCWJ");
            assertThat(by).hasSize(1);
            DemoItem interpretation = items.get(by.get(0));
            assertThat(by.get(0)).isGreaterThan(target);
            assertThat(interpretation.agencyCode()).isEqualTo(policy.agencyCode());
            assertThat(interpretation.publishedOn()).isAfterOrEqualTo(policy.publishedOn())
                    .isBeforeOrEqualTo(policy.publishedOn().plusDays(7));
            assertThat(interpretation.title()).matches(".*(解读|一图读懂|图解|答记者问).*");
        });
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).normative()) {
                assertThat(interpretations).as(items.get(k).title()).containsKey(k);
            }
        }
    }

    @Test
    void normativeDocumentsHaveDocumentNumbersAndValidityDates() {
        List<DemoItem> normative = items.stream().filter(DemoItem::normative).toList();
        assertThat(normative).isNotEmpty().allSatisfy(i -> {
            assertThat(i.docNo()).matches(".+〔" + i.writtenOn().getYear() + "〕[1-9]\\d*号");
            if (i.validUntil() != null) {
                assertThat(i.validUntil()).isAfter(i.publishedOn());
                assertThat(i.bodyHtml()).contains("有效期至");
            }
        });
        assertThat(normative).filteredOn(i -> i.validUntil() != null).hasSizeGreaterThan(normative.size() / 2);
        assertThat(normative).anySatisfy(i -> assertThat(i.docNo()).startsWith("青政发〔"));
        assertThat(items).filteredOn(i -> i.docNo() != null && !i.categoryCode().equals("XZCF"))
                .extracting(DemoItem::docNo).doesNotHaveDuplicates();
    }

    @Test
    void validityChangesOnlyForNormativeDocumentsAndIsDated() {
        assertThat(items).allSatisfy(i -> {
            assertThat(i.validity()).isIn("VALID", "AMENDED", "ABOLISHED", "EXPIRED");
            if (i.validity().equals("VALID")) {
                assertThat(i.validityChangedOn()).isNull();
            } else {
                assertThat(i.normative()).isTrue();
                assertThat(i.validityChangedOn()).isAfter(i.publishedOn()).isBeforeOrEqualTo(TODAY);
            }
            if (i.validity().equals("EXPIRED")) {
                assertThat(i.validUntil()).isBefore(i.validityChangedOn());
            }
            if (!i.normative()) {
                assertThat(i.validUntil()).isNull();
            }
        });
        Set<String> seen = items.stream().map(DemoItem::validity).collect(Collectors.toSet());
        assertThat(seen).contains("VALID", "ABOLISHED", "EXPIRED", "AMENDED");
        assertThat(items.stream().filter(i -> i.validity().equals("VALID")).count()).isGreaterThan(TOTAL * 95L / 100);
    }

    @Test
    void titlesAreUniqueWithinEachAgency() {
        Map<String, Set<String>> seen = new HashMap<>();
        assertThat(items).allSatisfy(i ->
                assertThat(seen.computeIfAbsent(i.agencyCode(), x -> new HashSet<>()).add(i.title()))
                        .as("%s: %s", byCode.get(i.agencyCode()).name(), i.title()).isTrue());
    }

    @Test
    void everyAgencyPublishesItsBudgetAndFinalAccountEveryYear() {
        for (int year = START.getYear() + 1; year <= TODAY.getYear(); year++) {
            LocalDate q1End = LocalDate.of(year, 3, 31);
            LocalDate q3End = LocalDate.of(year, 9, 30);
            for (DemoAgency a : agencies) {
                int y = year;
                if (!q1End.isAfter(TODAY)) {
                    assertThat(items).as("%s %d 预算", a.name(), y).filteredOn(i -> i.agencyCode().equals(a.code())
                            && i.categoryCode().equals("CZXX-YS") && i.publishedOn().getYear() == y).singleElement()
                            .satisfies(i -> {
                                assertThat(i.publishedOn().getMonth()).isIn(Month.JANUARY, Month.FEBRUARY, Month.MARCH);
                                assertThat(i.title()).contains(y + "年", "预算");
                            });
                }
                if (!q3End.isAfter(TODAY)) {
                    assertThat(items).as("%s %d 决算", a.name(), y).filteredOn(i -> i.agencyCode().equals(a.code())
                            && i.categoryCode().equals("CZXX-JS") && i.publishedOn().getYear() == y).singleElement()
                            .satisfies(i -> {
                                assertThat(i.publishedOn().getMonth()).isIn(Month.JULY, Month.AUGUST, Month.SEPTEMBER);
                                assertThat(i.title()).contains((y - 1) + "年", "决算");
                            });
                }
            }
        }
    }

    @Test
    void townshipsDiscloseWhatArticle21AsksOfThem() {
        Set<String> township = agencies.stream().filter(a -> a.kind().equals("TOWNSHIP")).map(DemoAgency::code)
                .collect(Collectors.toSet());
        List<String> titles = items.stream().filter(i -> township.contains(i.agencyCode())).map(DemoItem::title).toList();
        for (String topic : List.of("土地承包经营权流转", "宅基地", "筹资筹劳", "社会救助")) {
            assertThat(titles).as(topic).anySatisfy(t -> assertThat(t).contains(topic));
        }
    }

    @Test
    void textCarriesTheUsualSearchTermsAtPlausibleRates() {
        Map<String, double[]> expected = new java.util.LinkedHashMap<>();
        expected.put("政务公开", new double[] {0.02, 0.15});
        expected.put("行政许可", new double[] {0.015, 0.10});
        expected.put("预算", new double[] {0.05, 0.20});
        expected.put("决算", new double[] {0.02, 0.10});
        expected.put("安全生产", new double[] {0.02, 0.15});
        expected.put("乡村振兴", new double[] {0.02, 0.15});
        expected.put("营商环境", new double[] {0.01, 0.15});
        expected.put("教育", new double[] {0.01, 0.10});
        expected.put("医疗", new double[] {0.01, 0.10});
        expected.put("社会救助", new double[] {0.01, 0.10});
        expected.forEach((term, range) -> {
            long n = items.stream().filter(i -> (i.title() + i.summary() + i.bodyHtml()).contains(term)).count();
            assertThat(share(n)).as(term).isBetween(range[0], range[1]);
            assertThat(items).as(term + " in a title").anySatisfy(i -> assertThat(i.title()).contains(term));
        });
    }

    @Test
    void summariesAreOneOrTwoSentences() {
        assertThat(items).allSatisfy(i -> {
            assertThat(i.summary()).isNotBlank().hasSizeLessThanOrEqualTo(200).endsWith("。");
            assertThat(i.summary().chars().filter(ch -> ch == '。').count()).isBetween(1L, 2L);
        });
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)>|<");
    private static final Set<String> ALLOWED = Set.of("p", "h2", "ol", "li", "table", "tr", "th", "td");

    @Test
    void bodiesAreShortSimpleWellFormedHtml() {
        assertThat(items).allSatisfy(i -> {
            String html = i.bodyHtml();
            assertThat(html.length()).as(i.title()).isBetween(300, 2000);
            Deque<String> open = new ArrayDeque<>();
            Matcher m = TAG.matcher(html);
            int paragraphs = 0;
            while (m.find()) {
                assertThat(m.group(2)).as("tag without attributes in %s", i.title()).isNotNull();
                String tag = m.group(2);
                assertThat(ALLOWED).contains(tag);
                if (m.group(1).isEmpty()) {
                    open.push(tag);
                    if (tag.equals("p") || tag.equals("h2") || tag.equals("table") || tag.equals("ol")) {
                        paragraphs++;
                    }
                } else {
                    assertThat(open.pop()).isEqualTo(tag);
                }
            }
            assertThat(open).isEmpty();
            assertThat(paragraphs).isGreaterThanOrEqualTo(2);
            assertThat(html).doesNotContain("{", "}", "null");
        });
        assertThat(items).anySatisfy(i -> assertThat(i.bodyHtml()).contains("<table>"));
        assertThat(items).anySatisfy(i -> assertThat(i.bodyHtml()).contains("<ol><li>"));
        assertThat(items).anySatisfy(i -> assertThat(i.bodyHtml()).contains("<h2>"));
    }

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern ADDRESS = Pattern.compile("(https?://|@)[a-z0-9.]+");

    @Test
    void noPersonalData() {
        assertThat(items).allSatisfy(i -> {
            String text = i.title() + i.summary() + i.bodyHtml();
            assertThat(ID_NUMBER.matcher(text).find()).as(i.title()).isFalse();
            assertThat(MOBILE.matcher(text).find()).as(i.title()).isFalse();
            Matcher m = ADDRESS.matcher(text);
            while (m.find()) {
                assertThat(m.group()).endsWith(".example").contains("qingshan");
            }
        });
        assertThat(agencies).allSatisfy(a -> {
            Matcher m = ADDRESS.matcher(a.guideText());
            while (m.find()) {
                assertThat(m.group()).endsWith(".example");
            }
        });
    }

    // ---------------------------------------------------------------------------------- edge cases

    @Test
    void smallAndEmptyRequests() {
        DemoCountyGenerator g = new DemoCountyGenerator(SEED);
        assertThat(g.items(TODAY, 0)).isEmpty();
        assertThat(g.items(TODAY, 50)).hasSize(50).allSatisfy(i -> assertThat(i.categoryCode()).startsWith("CZXX-"));
        assertThat(g.items(TODAY, 1_000)).hasSize(1_000);
        assertThatThrownBy(() -> g.items(TODAY, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.stream(TODAY, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.items(null, 10)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({"1, 2024-02-29, 1500", "7, 2025-06-01, 3000", "99, 2027-01-01, 2500"})
    void invariantsHoldForOtherSeedsAndDays(long seed, LocalDate today, int total) {
        List<DemoItem> other = new DemoCountyGenerator(seed).items(today, total);
        assertThat(other).hasSize(total);
        Set<String> titles = new HashSet<>();
        for (int k = 0; k < other.size(); k++) {
            DemoItem i = other.get(k);
            assertThat(i.publishedOn()).isBetween(today.minusYears(3), today);
            assertThat(i.writtenOn()).isBetween(today.minusYears(3), i.publishedOn());
            assertThat(titles.add(i.agencyCode() + i.title())).as(i.title()).isTrue();
            if (i.interpretsIndex() != null) {
                assertThat(i.interpretsIndex()).isLessThan(k);
            }
        }
        Set<Integer> interpreted = other.stream().map(DemoItem::interpretsIndex).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (int k = 0; k < other.size(); k++) {
            if (other.get(k).normative()) {
                assertThat(interpreted).contains(k);
            }
        }
    }

    // ---------------------------------------------------------------------------------- stream

    @Test
    void streamProducesExactlyTheRequestedNumberInOrder() {
        DemoCountyGenerator g = new DemoCountyGenerator(SEED);
        int n = 200_000;
        byte[] zcwj = new byte[n];
        long[] count = {0};
        long[] interpretations = {0};
        List<String> problems = new java.util.ArrayList<>();
        LocalDate[] last = {START};
        g.stream(TODAY, n).forEach(i -> {
            int k = (int) count[0]++;
            if (i.publishedOn().isBefore(last[0]) || i.publishedOn().isAfter(TODAY)
                    || i.writtenOn().isBefore(START) || i.writtenOn().isAfter(i.publishedOn())) {
                problems.add(k + ": dates " + i.writtenOn() + " " + i.publishedOn());
            }
            last[0] = i.publishedOn();
            zcwj[k] = (byte) (i.categoryCode().equals("ZCWJ") ? 1 : 0);
            if (i.interpretsIndex() != null) {
                interpretations[0]++;
                if (i.interpretsIndex() >= k || zcwj[i.interpretsIndex()] != 1) {
                    problems.add(k + ": interprets " + i.interpretsIndex());
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(count[0]).isEqualTo(n);
        assertThat(interpretations[0]).isBetween(n / 50L, n / 10L);
        assertThat(g.stream(TODAY, n).count()).isEqualTo(n);
    }

    @Test
    void streamFollowsTheSameScheduleAsItems() {
        List<DemoItem> streamed = new DemoCountyGenerator(SEED).stream(TODAY, TOTAL).toList();
        assertThat(streamed).hasSize(TOTAL);
        int sameTitle = 0;
        for (int k = 0; k < TOTAL; k++) {
            DemoItem a = items.get(k);
            DemoItem b = streamed.get(k);
            assertThat(b.agencyCode()).isEqualTo(a.agencyCode());
            assertThat(b.publishedOn()).isEqualTo(a.publishedOn());
            assertThat(b.writtenOn()).isEqualTo(a.writtenOn());
            assertThat(b.normative()).isEqualTo(a.normative());
            assertThat(b.interpretsIndex()).isEqualTo(a.interpretsIndex());
            if (a.title().equals(b.title())) {
                sameTitle++;
            }
        }
        assertThat(sameTitle).isGreaterThan(TOTAL * 9 / 10);
    }

    // ---------------------------------------------------------------------------------- helpers

    private static double share(long n) {
        return (double) n / TOTAL;
    }

    private static int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }
}
