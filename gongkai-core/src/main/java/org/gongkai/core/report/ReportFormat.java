package org.gongkai.core.report;

/**
 * The two official formats of the 政府信息公开工作年度报告 (regulations.md §3).
 * <ul>
 * <li>{@link #F2019}: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号, used for the
 * 2019 and 2020 reports.</li>
 * <li>{@link #F2021}: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号, from the 2021 report on.</li>
 * </ul>
 * They differ in table 二 (columns, and 第二十条第（九）项 only in 2019) and in table 三 (（六）其他处理 is one row in
 * 2019 and three sub-rows from 2021). Table 四 and the six section headings are the same.
 */
public enum ReportFormat {
    F2019("《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）"),
    F2021("《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）");

    /** The first report year of the revised 条例 (in force 2019-05-15) and of the 2019 format. */
    public static final int FIRST_YEAR = 2019;

    private final String citation;

    ReportFormat(String citation) {
        this.citation = citation;
    }

    /**
     * The format of the report for {@code year}: F2019 for 2019 and 2020, F2021 from 2021.
     *
     * @throws IllegalArgumentException for years before 2019 (reports under the 2008 条例 had no such format)
     */
    public static ReportFormat forYear(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException("no annual-report format for year " + year
                    + ": the formats start with the 2019 report (国办公开办函〔2019〕60号)");
        }
        return year <= 2020 ? F2019 : F2021;
    }

    /** The document the format was issued by, as real reports cite it. */
    public String citation() {
        return citation;
    }
}
