package org.gongkai.bench.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.gongkai.search.IndexedItem;

/**
 * Synthetic published items for the search benchmark: a county government, its departments and
 * townships publishing notices, licences, penalties, budgets and news over eleven years. Titles
 * and bodies are assembled from a vocabulary of government terms with weights chosen so that the
 * benchmark queries hit a realistic share of the corpus (a few percent to a few tens of percent),
 * not a handful of documents. Deterministic for a given seed. Bench-only: not part of the app.
 */
final class ItemGenerator {

    record Agency(String code, String name, String abbr, String creditCode, double weight) {
    }

    record Category(String code, String name, double weight) {
    }

    static final Agency[] AGENCIES;
    static final Category[] CATEGORIES = {
            new Category("policy", "政策文件", 14),
            new Category("plan", "规划计划", 4),
            new Category("budget", "财政预决算", 7),
            new Category("licence", "行政许可", 13),
            new Category("penalty", "行政处罚", 10),
            new Category("personnel", "人事信息", 6),
            new Category("news", "工作动态", 26),
            new Category("interpretation", "政策解读", 5),
            new Category("project", "重大建设项目", 4),
            new Category("procurement", "政府采购", 5),
            new Category("assistance", "社会救助", 4),
            new Category("report", "年度报告", 2),
    };

    static {
        String[][] a = {
                {"gov-office", "青山县人民政府办公室", "政办", "12"},
                {"development-reform", "青山县发展和改革局", "发改", "5"},
                {"education", "青山县教育局", "教", "6"},
                {"science-tech", "青山县科学技术局", "科", "1.5"},
                {"public-security", "青山县公安局", "公", "4"},
                {"civil-affairs", "青山县民政局", "民", "3"},
                {"justice", "青山县司法局", "司", "2"},
                {"finance", "青山县财政局", "财", "6"},
                {"human-resources", "青山县人力资源和社会保障局", "人社", "4"},
                {"natural-resources", "青山县自然资源和规划局", "资规", "4"},
                {"ecology", "青山县生态环境分局", "环", "3"},
                {"housing", "青山县住房和城乡建设局", "建", "4"},
                {"transport", "青山县交通运输局", "交", "3"},
                {"water", "青山县水利局", "水", "2"},
                {"agriculture", "青山县农业农村局", "农", "4"},
                {"commerce", "青山县商务局", "商", "1.5"},
                {"culture-tourism", "青山县文化和旅游局", "文旅", "2"},
                {"health", "青山县卫生健康局", "卫", "5"},
                {"emergency", "青山县应急管理局", "应急", "3"},
                {"audit", "青山县审计局", "审", "1.5"},
                {"market", "青山县市场监督管理局", "市监", "8"},
                {"statistics", "青山县统计局", "统", "1"},
                {"medical-security", "青山县医疗保障局", "医保", "2"},
                {"forestry", "青山县林业局", "林", "1.5"},
                {"veterans", "青山县退役军人事务局", "退役", "1"},
                {"admin-approval", "青山县行政审批服务局", "审批", "6"},
        };
        String[] towns = {"青山镇", "白沙镇", "石门镇", "清溪镇", "双河镇", "龙泉镇", "桃源乡", "梅岭乡", "东关街道", "西城街道",
                "南湖街道", "北苑街道", "马鞍山乡", "金竹镇"};
        AGENCIES = new Agency[a.length + towns.length];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < a.length; i++) {
            AGENCIES[i] = new Agency(a[i][0], a[i][1], a[i][2], creditCode(r), Double.parseDouble(a[i][3]));
        }
        for (int i = 0; i < towns.length; i++) {
            AGENCIES[a.length + i] = new Agency(String.format("town-%02d", i + 1), towns[i] + "人民政府", towns[i].substring(0, 1) + "镇",
                    creditCode(r), 1.5);
        }
    }

    // --- vocabulary ---------------------------------------------------------------------------

    static final String[] POLICY_SUBJECTS = {"优化营商环境", "推进乡村振兴", "加强安全生产", "深化放管服改革", "做好政务公开工作",
            "加快数字政府建设", "推进基层政务公开标准化规范化", "加强耕地保护", "促进就业创业", "推进义务教育优质均衡发展",
            "加强生态环境保护", "做好防汛抗旱", "推进城乡环境整治", "规范行政执法", "加强食品安全监管", "完善社会救助体系",
            "推进全民参保", "加强财政预算管理", "规范政府采购行为", "推动文旅融合发展", "加强森林防火", "深化医药卫生体制改革"};
    static final String[] DOC_KINDS = {"通知", "实施意见", "实施方案", "工作方案", "管理办法", "若干措施", "决定", "指导意见"};
    static final String[] NEWS_EVENTS = {"召开", "部署", "推进", "开展", "举办", "督查", "调研"};
    static final String[] NEWS_TOPICS = {"安全生产大检查", "政务公开工作培训会", "乡村振兴现场推进会", "营商环境优化提升行动",
            "防汛应急演练", "食品安全专项整治", "森林防火检查", "义务教育招生工作会议", "政务服务能力提升培训", "人居环境整治行动",
            "行政执法案卷评查", "普法宣传进社区活动", "医保基金监管专项检查", "农村饮水安全排查", "消防安全隐患排查",
            "信访工作联席会议", "统计执法检查", "重点项目建设观摩"};
    static final String[] LICENCE_KINDS = {"食品经营许可证", "药品经营许可证", "建设工程规划许可证", "取水许可", "道路运输经营许可证",
            "排污许可证", "烟草专卖零售许可证", "施工许可证", "公共场所卫生许可证", "林木采伐许可证", "民办学校办学许可证",
            "出版物经营许可证"};
    static final String[] PENALTY_CAUSES = {"未按规定公示食品经营许可证", "超标排放大气污染物", "违法占用耕地", "销售不合格产品",
            "未按规定进行安全生产教育培训", "无证经营", "超限超载运输", "违规使用医保基金", "擅自改变房屋用途", "虚假广告宣传"};
    static final String[] PROJECTS = {"县城污水处理厂提标改造工程", "青山大道拓宽工程", "县人民医院新院区", "农村公路提档升级工程",
            "高标准农田建设项目", "城区老旧小区改造项目", "县第二中学新建工程", "白沙河综合治理工程", "工业园区标准厂房"};
    static final String[] PERSONNEL_TOPICS = {"公开招聘事业单位工作人员公告", "公开招聘教师拟聘用人员公示", "干部任前公示",
            "公开遴选公务员公告", "社区工作者招聘公告", "卫生专业技术人员招聘简章"};
    static final String[] PROCUREMENT_ITEMS = {"办公设备采购项目", "物业管理服务项目", "信息化系统运维项目", "校服采购项目",
            "道路养护服务项目", "医疗设备采购项目", "公务用车定点维修服务"};
    static final String[] ASSISTANCE_TOPICS = {"城乡最低生活保障对象", "特困供养人员", "临时救助对象", "残疾人两项补贴",
            "高龄津贴发放对象"};

    /**
     * Filler sentences are composed as opener + action + object + tail (16 × 16 × 80 × 16 combinations)
     * so that common words spread across the corpus the way they do on a real site instead of
     * repeating a few fixed sentences. The objects deliberately avoid the benchmark's query terms,
     * which enter through the topical sentences below with known frequencies.
     */
    static final String[] OPENERS = {"今年以来，{a}", "会议指出，要", "近年来，全县", "下一步，{a}将", "据了解，各乡镇", "会上强调，要",
            "为进一步", "截至目前，{a}已", "{y}年以来，{a}", "按照县委县政府部署，", "活动中，工作人员", "会议要求，各单位要",
            "围绕年度目标，", "通过此次活动，", "各部门要", "{a}始终坚持"};
    static final String[] ACTIONS = {"扎实推进", "持续深化", "认真落实", "着力加强", "全面开展", "统筹推进", "不断完善", "切实做好",
            "积极探索", "大力推进", "稳步推进", "严格落实", "深入开展", "持续优化", "有效防范", "重点抓好"};
    static final String[] OBJECTS = {"乡村振兴战略", "营商环境优化", "数字政府建设", "基层治理现代化", "城乡环境整治", "耕地保护",
            "就业创业服务", "义务教育均衡发展", "生态环境保护", "防汛抗旱", "森林防火", "社会救助兜底保障", "全民参保计划",
            "医疗卫生服务体系建设", "文旅融合发展", "农村人居环境整治", "农村饮水安全", "消防隐患排查", "信访矛盾化解",
            "法治政府建设", "普法宣传教育", "重点项目建设", "招商引资", "中小企业纾困帮扶", "粮食生产", "高标准农田建设",
            "农村集体经济发展", "老旧小区改造", "城市精细化管理", "垃圾分类", "河长制湖长制", "大气污染防治", "水污染防治",
            "土壤污染防治", "食品药品监管", "特种设备安全监管", "道路交通安全整治", "校园安全管理", "养老服务体系建设",
            "托育服务", "退役军人服务保障", "残疾人帮扶", "困难群众帮扶", "乡风文明建设", "新时代文明实践", "网格化管理",
            "一网通办", "最多跑一次改革", "政务服务标准化", "12345热线办理", "基层减负", "作风建设", "廉政风险防控", "审计整改",
            "统计数据质量", "国有资产管理", "政府债务风险防范", "地质灾害防治", "应急物资储备", "疫情防控常态化", "爱国卫生运动",
            "医保基金监管", "住房保障", "物业服务管理", "农村公路建设", "公共交通服务", "水利工程建设", "林长制", "野生动物保护",
            "市场主体培育", "质量强县建设", "知识产权保护", "科技创新", "人才引进", "职业技能培训", "劳动保障监察", "根治欠薪",
            "民族团结进步", "宗教事务管理", "档案管理"};
    static final String[] TAILS = {"，取得了阶段性成效", "，确保各项任务落到实处", "，切实提升群众满意度", "，推动工作提质增效",
            "，建立健全长效机制", "，形成工作合力", "，营造良好社会氛围", "，筑牢安全底线", "，不断增强群众获得感", "，压实工作责任",
            "，做到早部署早落实", "，进一步完善工作机制", "，坚决防止形式主义", "，实行清单化管理", "，及时回应社会关切", ""};
    /** Topical sentences any item may contain, each with its own chance per item (percent). */
    static final String[] BUDGET_MENTIONS = {"相关经费按规定纳入部门预算，严格执行财务管理制度。", "所需资金列入{y}年县级财政预算统筹安排。"};
    static final String[] LICENCE_MENTIONS = {"全面推行行政许可事项清单管理，清单之外不得违规设定行政许可。", "进一步压减行政许可办理时限，推行告知承诺制。"};
    static final String[] SAFETY_MENTIONS = {"坚持统筹发展和安全，牢牢守住安全生产底线，开展安全生产专项检查。", "落实安全生产责任制，加强重点行业领域隐患排查治理。"};
    static final String[] YEAR_MENTIONS = {"{y}年，{a}紧扣年度目标任务，扎实推进重点工作，总体进展顺利。", "请于{y}年12月底前报送工作总结。"};

    /** Sentences that mention disclosure itself; rarer, so 政务公开 hits a realistic minority. */
    static final String[] DISCLOSURE = {
            "按照政务公开有关要求，本信息已通过县政府门户网站向社会公开。",
            "深入推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效。",
            "各单位要落实政务公开工作责任，按时更新政府信息公开目录。",
            "坚持以公开为常态、不公开为例外，依法依规做好政府信息公开工作。",
            "依申请公开工作严格按照法定时限答复，全年未发生行政复议纠错情况。",
    };
    static final String[] LICENCE_SENTENCES = {
            "依据《中华人民共和国行政许可法》及相关法律法规，经审查，申请人符合法定条件，准予行政许可。",
            "行政许可决定书文号为{d}，许可有效期自发证之日起五年。",
            "本次公示行政许可事项{n}件，均在承诺时限内办结。",
            "申请人对行政许可决定不服的，可依法申请行政复议或提起行政诉讼。",
    };
    static final String[] PENALTY_SENTENCES = {
            "经查，当事人{p}，违反了有关法律法规的规定。",
            "依据相关规定，决定给予警告并处罚款人民币{n}元的行政处罚。",
            "当事人应自收到本决定书之日起十五日内缴纳罚款，逾期不缴纳的每日按罚款数额的百分之三加处罚款。",
            "如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议。",
    };
    static final String[] BUDGET_SENTENCES = {
            "根据县人民代表大会批准的{y}年预算，现将本部门{y}年部门预算公开如下。",
            "{y}年收入预算合计{n}万元，其中一般公共预算拨款收入占比较上年有所提高。",
            "支出预算主要用于保障机构正常运转和履职项目支出，三公经费预算较上年下降。",
            "本部门严格落实过紧日子要求，压减一般性支出，加强预算绩效管理。",
            "预算执行中如有调整，将按规定程序报批并及时公开。",
            "{y}年部门决算收入{n}万元，决算支出与年初预算相比略有增加。",
    };
    static final String[] PERSONNEL_SENTENCES = {
            "本次公开招聘坚持公开、平等、竞争、择优的原则，面向社会公开招聘工作人员{n}名。",
            "报名人员须具有全日制大学专科及以上学历，年龄在35周岁以下。",
            "拟聘用人员名单公示期为7个工作日，公示期间如有异议可向县人力资源和社会保障局反映。",
    };
    static final String[] PROJECT_SENTENCES = {
            "项目总投资{n}万元，资金来源为地方政府专项债券和县级财政配套资金。",
            "项目建成后将有效改善群众生产生活条件，促进县域经济高质量发展。",
            "项目已完成立项、用地预审和环境影响评价等前期手续。",
    };
    static final String[] PROCUREMENT_SENTENCES = {
            "本项目采用公开招标方式，预算金额{n}万元，最高限价同预算金额。",
            "供应商应具备《中华人民共和国政府采购法》第二十二条规定的条件。",
            "中标结果公告期限为一个工作日，供应商认为中标结果损害其权益的可在七个工作日内提出质疑。",
    };
    static final String[] ASSISTANCE_SENTENCES = {
            "根据社会救助有关规定，经入户调查、民主评议和公示，现将本月救助对象名单予以公开。",
            "本月共发放救助资金{n}万元，全部通过一卡通发放到户。",
            "对公示对象有异议的，可向所在乡镇（街道）或县民政局反映。",
    };
    static final String[] REPORT_SENTENCES = {
            "本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况等内容。",
            "{y}年，全县深入推进政务公开，主动公开政府信息{n}条，其中行政许可和行政处罚信息占比较大。",
            "全年收到政府信息公开申请{n}件，均在法定期限内答复。",
            "政务公开工作存在的主要问题是基层政务公开标准化规范化水平有待提高。",
    };
    static final String[] INTERPRETATION_SENTENCES = {
            "为便于社会公众理解政策内容，现就有关问题解读如下。",
            "一、出台背景。为贯彻落实上级关于{x}的决策部署，结合本县实际制定本文件。",
            "二、主要内容。文件共分为总体要求、重点任务和保障措施三个部分。",
            "三、政策亮点。进一步明确了职责分工和时间节点，增强了政策的可操作性。",
    };

    private final long seed;
    private final Map<String, Integer> serials = new HashMap<>();
    private final double agencyTotal;
    private final double categoryTotal;

    ItemGenerator(long seed) {
        this.seed = seed;
        double at = 0;
        for (Agency ag : AGENCIES) {
            at += ag.weight();
        }
        agencyTotal = at;
        double ct = 0;
        for (Category c : CATEGORIES) {
            ct += c.weight();
        }
        categoryTotal = ct;
    }

    /** A lazy, sequential stream of {@code n} items with ids 1..n; the index numbers need sequential serials. */
    Stream<IndexedItem> items(long n) {
        Iterator<IndexedItem> it = new Iterator<>() {
            long next = 1;

            @Override
            public boolean hasNext() {
                return next <= n;
            }

            @Override
            public IndexedItem next() {
                return item(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, n, Spliterator.ORDERED | Spliterator.SIZED), false);
    }

    IndexedItem item(long id) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
        Agency agency = pickAgency(r);
        Category category = pickCategory(r, agency);
        int year = pickYear(r);
        LocalDate published = LocalDate.of(year, 1, 1).plusDays(r.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        String key = agency.code() + year;
        int serial = serials.merge(key, 1, Integer::sum);
        String indexNo = agency.creditCode() + "/" + year + "-" + String.format("%05d", serial);
        String docNo = null;
        String x = pick(r, POLICY_SUBJECTS);
        String title = title(r, agency, category, year, x);
        if (category.code().equals("policy") || category.code().equals("plan") || (category.code().equals("licence") && r.nextInt(3) == 0)) {
            docNo = "青" + agency.abbr() + "发〔" + year + "〕" + (1 + r.nextInt(120)) + "号";
        }
        String body = body(r, agency, category, year, x, docNo);
        String summary = r.nextInt(10) < 3 ? body.substring(0, Math.min(body.length(), 40 + r.nextInt(40))) : null;
        String validity = "VALID";
        if (category.code().equals("policy") || category.code().equals("plan")) {
            int v = r.nextInt(100);
            validity = v < 85 ? "VALID" : v < 92 ? "AMENDED" : v < 97 ? "ABOLISHED" : "EXPIRED";
        }
        return new IndexedItem(id, agency.code(), agency.name(), category.code(), category.name(), title, indexNo, docNo,
                summary, body, published, validity, "/items/" + id);
    }

    private String title(SplittableRandom r, Agency agency, Category category, int year, String x) {
        String a = agency.name();
        return switch (category.code()) {
            case "policy" -> "关于" + x + "的" + pick(r, DOC_KINDS);
            case "plan" -> a + year + "年" + pick(r, new String[] {"工作要点", "工作计划", "重点任务清单"});
            case "budget" -> a + year + "年" + pick(r, new String[] {"部门预算公开说明", "部门决算公开", "预算执行情况报告"});
            case "licence" -> pick(r, LICENCE_KINDS) + "核发结果公示（" + year + "年第" + (1 + r.nextInt(52)) + "期）";
            case "penalty" -> a + "行政处罚决定书（" + pick(r, PENALTY_CAUSES) + "）";
            case "personnel" -> year + "年" + a + pick(r, PERSONNEL_TOPICS);
            case "interpretation" -> "《关于" + x + "的" + pick(r, DOC_KINDS) + "》政策解读";
            case "project" -> pick(r, PROJECTS) + pick(r, new String[] {"批准结果公开", "招标投标信息", "施工进展情况", "竣工验收信息"});
            case "procurement" -> a + pick(r, PROCUREMENT_ITEMS) + pick(r, new String[] {"招标公告", "中标结果公告", "合同公告"});
            case "assistance" -> a + year + "年" + (1 + r.nextInt(12)) + "月" + pick(r, ASSISTANCE_TOPICS) + "公示";
            case "report" -> a + (year - 1) + "年政府信息公开工作年度报告";
            default -> a + pick(r, NEWS_EVENTS) + pick(r, NEWS_TOPICS);
        };
    }

    private String body(SplittableRandom r, Agency agency, Category category, int year, String x, String docNo) {
        String[] specific = switch (category.code()) {
            case "licence" -> LICENCE_SENTENCES;
            case "penalty" -> PENALTY_SENTENCES;
            case "budget" -> BUDGET_SENTENCES;
            case "personnel" -> PERSONNEL_SENTENCES;
            case "project" -> PROJECT_SENTENCES;
            case "procurement" -> PROCUREMENT_SENTENCES;
            case "assistance" -> ASSISTANCE_SENTENCES;
            case "report" -> REPORT_SENTENCES;
            case "interpretation" -> INTERPRETATION_SENTENCES;
            default -> null;
        };
        int target = 300 + r.nextInt(500);
        StringBuilder sb = new StringBuilder(target + 100);
        // topical sentences with a fixed chance per item, so query terms hit a known share of the corpus
        if (r.nextInt(100) < 6 || category.code().equals("report")) {
            sb.append(fill(pick(r, DISCLOSURE), r, agency, year, x, docNo));
        }
        if (r.nextInt(100) < 4) {
            sb.append(fill(pick(r, BUDGET_MENTIONS), r, agency, year, x, docNo));
        }
        if (r.nextInt(100) < 3) {
            sb.append(fill(pick(r, LICENCE_MENTIONS), r, agency, year, x, docNo));
        }
        if (r.nextInt(100) < 8) {
            sb.append(fill(pick(r, SAFETY_MENTIONS), r, agency, year, x, docNo));
        }
        if (r.nextInt(100) < 40) {
            sb.append(fill(pick(r, YEAR_MENTIONS), r, agency, year, x, docNo));
        }
        while (sb.length() < target) {
            if (specific != null && r.nextInt(100) < 30) {
                sb.append(fill(pick(r, specific), r, agency, year, x, docNo));
            } else {
                sb.append(fill(pick(r, OPENERS) + pick(r, ACTIONS) + pick(r, OBJECTS) + pick(r, TAILS) + "。", r, agency, year, x, docNo));
            }
        }
        return sb.toString();
    }

    private static String fill(String s, SplittableRandom r, Agency agency, int year, String x, String docNo) {
        if (s.indexOf('{') < 0) {
            return s;
        }
        return s.replace("{a}", agency.name())
                .replace("{y}", Integer.toString(year))
                .replace("{x}", x)
                .replace("{d}", docNo != null ? docNo : "青" + agency.abbr() + "许〔" + year + "〕" + (1 + r.nextInt(900)) + "号")
                .replace("{p}", pick(r, PENALTY_CAUSES))
                .replace("{n}", Integer.toString(10 + r.nextInt(5000)));
    }

    private Agency pickAgency(SplittableRandom r) {
        double v = r.nextDouble() * agencyTotal;
        for (Agency a : AGENCIES) {
            v -= a.weight();
            if (v <= 0) {
                return a;
            }
        }
        return AGENCIES[AGENCIES.length - 1];
    }

    /** Categories follow agencies loosely: licences mostly from the approval office and market regulator, budgets from everyone. */
    private Category pickCategory(SplittableRandom r, Agency agency) {
        if ((agency.code().equals("admin-approval") || agency.code().equals("market")) && r.nextInt(2) == 0) {
            return CATEGORIES[3];
        }
        if (agency.code().equals("finance") && r.nextInt(3) == 0) {
            return CATEGORIES[2];
        }
        double v = r.nextDouble() * categoryTotal;
        for (Category c : CATEGORIES) {
            v -= c.weight();
            if (v <= 0) {
                return c;
            }
        }
        return CATEGORIES[CATEGORIES.length - 1];
    }

    /** 2015..2025, more items in recent years as more gets published online. */
    private static int pickYear(SplittableRandom r) {
        int[] weights = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 12};
        int total = 97;
        int v = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            v -= weights[i];
            if (v < 0) {
                return 2015 + i;
            }
        }
        return 2025;
    }

    private static String creditCode(SplittableRandom r) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("11330999");
        while (sb.length() < 18) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }

    private static String pick(SplittableRandom r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
