package org.gongkai.core.report;

import java.util.List;

/**
 * The six section headings of the annual report, the same in both formats (regulations.md §3.1), and the five
 * sub-headings real reports use under 一、总体情况 (as 国办公开办函〔2021〕30号 describes its content).
 */
public final class Sections {

    public static final String OVERVIEW = "一、总体情况";
    public static final String PROACTIVE = "二、主动公开政府信息情况";
    public static final String APPLICATIONS = "三、收到和处理政府信息公开申请情况";
    public static final String REVIEW_LITIGATION = "四、政府信息公开行政复议、行政诉讼情况";
    public static final String PROBLEMS = "五、存在的主要问题及改进情况";
    public static final String OTHER = "六、其他需要报告的事项";

    /** The six headings in order. */
    public static final List<String> HEADINGS = List.of(OVERVIEW, PROACTIVE, APPLICATIONS, REVIEW_LITIGATION,
            PROBLEMS, OTHER);

    /** Wordings of 四 and 五 some reports use instead, after the 条例 (e.g. Shanghai 2019); for reading reports. */
    public static final String REVIEW_LITIGATION_STATUTORY = "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况";
    public static final String PROBLEMS_STATUTORY = "五、政府信息公开工作存在的主要问题及改进情况";

    /** The sub-headings of 一、总体情况 in real reports. */
    public static final List<String> OVERVIEW_SUBHEADINGS = List.of("（一）主动公开", "（二）依申请公开",
            "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障");

    private Sections() {
    }

    /** The six headings in order. */
    public static List<String> headings() {
        return HEADINGS;
    }
}
