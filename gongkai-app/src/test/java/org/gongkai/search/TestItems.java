package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

/** A dozen items such as a county site publishes, chosen so each test has items that should and should not match. */
public final class TestItems {

    static final String OFFICE = "gov-office";
    static final String FINANCE = "finance";
    static final String MARKET = "market";
    static final String EDUCATION = "education";
    static final String TOWN = "qingshan-town";
    static final String HEALTH = "health";

    static final String POLICY = "policy";
    static final String BUDGET = "budget";
    static final String LICENCE = "licence";
    static final String NEWS = "news";
    static final String PERSONNEL = "personnel";
    static final String ANNUAL_REPORT = "annual-report";

    private TestItems() {
    }

    public static IndexedItem item(long id, String agency, String agencyName, String category, String categoryName, String title,
            String indexNo, String docNo, String summary, String body, LocalDate publishedOn, String validity) {
        return new IndexedItem(id, agency, agencyName, category, categoryName, title, indexNo, docNo, summary, body,
                publishedOn, validity, "/items/" + id);
    }

    public static List<IndexedItem> all() {
        return List.of(
                item(1, OFFICE, "青山县人民政府办公室", POLICY, "政策文件", "关于做好2024年政务公开工作的通知",
                        "11330999MB1234567X/2024-00012", "青政办发〔2024〕5号", null,
                        "各乡镇人民政府、街道办事处，县政府各部门：为深入贯彻落实《中华人民共和国政府信息公开条例》，"
                                + "进一步做好2024年政务公开工作，现将有关事项通知如下。一、加强政策解读，提高政策透明度。"
                                + "二、推进基层政务公开标准化规范化建设，完善公开目录。三、做好依申请公开办理工作，严格按照法定时限答复。",
                        LocalDate.of(2024, 3, 15), "VALID"),
                item(2, FINANCE, "青山县财政局", BUDGET, "财政预决算", "青山县财政局2024年部门预算公开说明",
                        "11330999MB0000001A/2024-00003", null, "本部门2024年收支预算总表及说明。",
                        "根据县人大批准的2024年预算，现将本部门2024年部门预算公开如下：收入预算合计1250万元，支出预算合计1250万元。"
                                + "其中基本支出980万元，项目支出270万元。三公经费预算较上年下降5%。",
                        LocalDate.of(2024, 2, 1), "VALID"),
                item(3, FINANCE, "青山县财政局", BUDGET, "财政预决算", "青山县财政局2023年部门预算公开说明",
                        "11330999MB0000001A/2023-00004", null, null,
                        "根据县人大批准的2023年预算，现将本部门部门预算公开如下：收入预算合计1180万元。三公经费严格控制。",
                        LocalDate.of(2023, 2, 10), "VALID"),
                item(4, MARKET, "青山县市场监督管理局", LICENCE, "行政许可", "食品经营许可证核发结果公示（第12期）",
                        "11330999MB0000002B/2024-00040", null, null,
                        "依据《中华人民共和国行政许可法》和《食品经营许可和备案管理办法》，本局对下列申请人作出准予行政许可决定，现予公示。",
                        LocalDate.of(2024, 5, 20), "VALID"),
                item(5, OFFICE, "青山县人民政府办公室", POLICY, "政策文件", "青山县行政许可事项清单（2019年版）",
                        "11330999MB1234567X/2019-00031", "青政发〔2019〕21号", null,
                        "为深化放管服改革，现公布本县行政许可事项清单，共计186项。本清单实行动态调整。",
                        LocalDate.of(2019, 6, 1), "ABOLISHED"),
                item(6, EDUCATION, "青山县教育局", NEWS, "工作动态", "县教育局召开义务教育招生工作会议",
                        "11330999MB0000003C/2024-00008", null, null,
                        "4月10日，县教育局召开全县义务教育招生工作会议，部署今年秋季学期招生入学工作，要求严格执行划片招生政策。",
                        LocalDate.of(2024, 4, 10), "VALID"),
                item(7, EDUCATION, "青山县教育局", PERSONNEL, "人事信息", "2024年青山县教育系统公开招聘教师公告",
                        "11330999MB0000003C/2024-00001", null, null,
                        "经县人力资源和社会保障局同意，县教育系统2024年公开招聘教师45名，现将有关事项公告如下。报名时间为1月10日至1月16日。",
                        LocalDate.of(2024, 1, 5), "VALID"),
                item(8, OFFICE, "青山县人民政府办公室", NEWS, "工作动态", "政府网站安全检查情况通报",
                        "11330999MB1234567X/2024-00020", null, null,
                        "检查中发现个别栏目页面被植入<script>alert('x')</script>等恶意代码，已于当日清除。各单位应加强网站内容安全管理。",
                        LocalDate.of(2024, 6, 1), "VALID"),
                item(9, TOWN, "青山镇人民政府", NEWS, "工作动态", "青山镇推进政务公开标准化规范化建设",
                        "11330999MB0000004D/2023-00015", null, null,
                        "今年以来，青山镇围绕基层政务公开标准化规范化要求，梳理公开事项清单，建成村务公开栏32个。",
                        LocalDate.of(2023, 11, 11), "VALID"),
                item(10, OFFICE, "青山县人民政府办公室", ANNUAL_REPORT, "政府信息公开工作年度报告",
                        "青山县人民政府2023年政府信息公开工作年度报告",
                        "11330999MB1234567X/2024-00002", null, "本报告根据条例要求编制。",
                        "2023年，县政府坚持以公开为常态，全面推进政务公开工作。全年主动公开政府信息2315条，其中行政许可信息412条，"
                                + "收到依申请公开申请36件，均按期答复。",
                        LocalDate.of(2024, 1, 20), "VALID"),
                item(11, HEALTH, "青山县卫生健康局", POLICY, "政策文件", "关于印发青山县突发公共卫生事件应急预案的通知",
                        "11330999MB0000005E/2022-00018", "青卫发〔2022〕18号", null,
                        "现将《青山县突发公共卫生事件应急预案》印发给你们，请结合实际认真贯彻执行。",
                        LocalDate.of(2022, 9, 9), "EXPIRED"),
                item(12, OFFICE, "青山县人民政府办公室", POLICY, "政策文件", "关于调整部分行政审批事项的决定",
                        "11330999MB1234567X/2021-00044", "青政发〔2021〕30号", null,
                        "经县政府研究，决定调整部分行政审批事项，具体目录见附件。",
                        LocalDate.of(2021, 12, 1), "AMENDED"),
                item(13, OFFICE, "青山县人民政府办公室", NEWS, "工作动态", "县政务服务中心延时服务公告",
                        "11330999MB1234567X/2024-00030", null, null,
                        "为方便群众办事，县政务服务中心自7月1日起实行工作日延时服务，服务时间向社会公开。",
                        LocalDate.of(2024, 6, 28), "VALID"));
    }
}
