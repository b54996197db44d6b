package org.gongkai.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.code.CreditCode;

/**
 * The fixed organisation chart of 青山县: the county government, the bodies a county government has had
 * since the 2018 institutional reform, its townships and its two sub-districts. Each definition also
 * carries what its items talk about (work themes, the 规范性文件 it could issue, its 重点领域, licences
 * and penalties), so that generated items read as if that agency wrote them.
 *
 * <p>The chart does not depend on the seed: agency codes stay the same from one demo database to the
 * next, which keeps bookmarks and screenshots stable.
 */
final class AgencyCatalog {

    static final String COUNTY = "青山县";
    static final String REGION = "330999";
    static final String AREA_CODE = "0500";
    static final String SITE = "https://www.qingshan.gov.cn.example";

    /** Everything the generator knows about one agency. */
    static final class Def {
        final String name;
        final String shortName;
        final String kind;
        final String prefix;
        final String slug;
        final String topic;
        double weight = 1.5;
        String[] themes = {};
        String[] rules = {};
        String[] areas = {};
        String[] permits = {};
        String[] violations = {};
        String[] laws = {"中华人民共和国政府信息公开条例"};
        String duty = "";
        int index;
        String code;

        Def(String name, String shortName, String kind, String prefix, String slug, String topic) {
            this.name = name;
            this.shortName = shortName;
            this.kind = kind;
            this.prefix = prefix;
            this.slug = slug;
            this.topic = topic;
        }

        Def w(double weight) { this.weight = weight; return this; }
        Def themes(String csv) { this.themes = csv.split(","); return this; }
        Def rules(String csv) { this.rules = csv.split(","); return this; }
        Def areas(String csv) { this.areas = csv.split(","); return this; }
        Def permits(String csv) { this.permits = csv.split(","); return this; }
        Def violations(String csv) { this.violations = csv.split(","); return this; }
        Def laws(String csv) { this.laws = csv.split(","); return this; }
        Def duty(String duty) { this.duty = duty; return this; }

        boolean isGovernment() { return "GOVERNMENT".equals(kind); }
        boolean isLocal() { return "TOWNSHIP".equals(kind) || "SUBDISTRICT".equals(kind); }
        boolean isSubdistrict() { return "SUBDISTRICT".equals(kind); }
        /** The county government and its general office write on every subject. */
        boolean isGeneral() { return isGovernment() || "zfb".equals(slug); }
    }

    private static final String T_GOV = "综合政务\\政务公开";

    static final List<Def> DEFS;
    static final Map<String, String> THEME_TOPIC;
    static final String[] ALL_THEMES;
    static final String[] ALL_RULES;
    static final String[] TOWNSHIP_NAMES;
    /** The department whose field a 规范性文件 title belongs to (for documents the county government issues). */
    static final Map<String, Def> RULE_OWNER;
    /** The department whose 重点领域 an area is. */
    static final Map<String, Def> AREA_OWNER;
    /** How many departments follow the county government in {@link #DEFS}. */
    static final int DEPARTMENTS;

    static {
        List<Def> d = new ArrayList<>();
        d.add(new Def("青山县人民政府", "县政府", "GOVERNMENT", "青政", "xzf", T_GOV).w(8)
                .themes("乡村振兴,优化营商环境,安全生产,政务公开,防汛防台,招商引资,重大项目建设,民生实事,共同富裕,生态环境保护,森林防灭火,耕地保护,法治政府建设,文明城市创建")
                .laws("中华人民共和国地方各级人民代表大会和地方各级人民政府组织法,中华人民共和国政府信息公开条例")
                .duty("执行县人民代表大会及其常务委员会的决议，管理本县行政区域内的经济、教育、科学、文化、卫生、体育、城乡建设、财政、民政、公安、司法行政等行政工作"));
        d.add(dept("青山县人民政府办公室", "县府办", "青政办", "zfb", T_GOV).w(5)
                .themes("政务公开,政务服务,督查督办,12345政务服务便民热线,电子政务,重大行政决策,人大代表建议和政协提案办理,公文处理")
                .rules("行政规范性文件管理办法,重大行政决策程序规定,政务公开工作规定,政府信息公开申请办理规定,政务服务“好差评”实施办法")
                .laws("中华人民共和国政府信息公开条例,重大行政决策程序暂行条例")
                .duty("协助县政府领导处理县政府日常工作，负责全县政务公开、政务督查和政务服务便民热线的组织协调"));
        d.add(dept("青山县发展和改革局", "县发改局", "青发改", "fgj", "国民经济管理、国有资产监管\\发展规划").w(3)
                .themes("重大项目建设,价格监测,节能降耗,社会信用体系建设,以工代赈,国民经济和社会发展计划,优化营商环境,招投标监管")
                .rules("政府投资项目管理办法,社会信用体系建设实施办法,重要商品价格监测管理办法,以工代赈项目管理办法,固定资产投资项目节能审查实施办法")
                .areas("PROJECT,PRICE").permits("企业投资项目核准,固定资产投资项目节能审查").violations("不执行政府定价收费|中华人民共和国价格法")
                .laws("中华人民共和国价格法,政府投资条例,优化营商环境条例")
                .duty("拟订并组织实施全县国民经济和社会发展规划，统筹推进重大项目建设和优化营商环境工作"));
        d.add(dept("青山县经济和信息化局", "县经信局", "青经信", "jxj", "工业、交通\\信息产业（含电信）")
                .themes("工业经济运行,中小企业发展,数字经济,企业技术改造,电力保障,工业企业安全生产,专精特新企业培育")
                .rules("工业企业技术改造专项资金管理办法,中小企业发展专项资金管理办法,工业用地亩均效益综合评价办法")
                .areas("INDUSTRY").laws("中华人民共和国中小企业促进法")
                .duty("拟订并组织实施全县工业和信息化发展规划，推进中小企业发展和数字经济发展"));
        d.add(dept("青山县教育局", "县教育局", "青教", "jyj", "科技、教育\\教育").w(3)
                .themes("义务教育招生入学,校园安全,学前教育,学生资助,课后服务,教师队伍建设,职业教育,教育督导,学校食堂食品安全,“双减”")
                .rules("义务教育阶段学校招生入学实施办法,学生资助资金管理办法,民办学校办学行为管理办法,校外培训机构管理办法,中小学校课后服务实施办法,学前教育资助实施细则")
                .areas("EDU").permits("民办学校办学许可,校外培训机构办学许可").violations("校外培训机构违规开展学科类培训|中华人民共和国民办教育促进法")
                .laws("中华人民共和国教育法,中华人民共和国义务教育法")
                .duty("统筹管理全县教育事业，负责义务教育均衡发展、学前教育、职业教育和教育督导工作"));
        d.add(dept("青山县科学技术局", "县科技局", "青科", "kjj", "科技、教育\\科技")
                .themes("科技创新,高新技术企业培育,科技特派员,科普宣传,科技成果转化,创新平台建设")
                .rules("科技创新券管理办法,科技计划项目管理办法,科技特派员工作管理办法")
                .areas("SCIENCE").laws("中华人民共和国科学技术进步法,中华人民共和国促进科技成果转化法")
                .duty("拟订并组织实施全县科技发展规划，推进科技创新和科技成果转化"));
        d.add(dept("青山县公安局", "县公安局", "青公", "gaj", "公安、安全、司法\\公安").w(3)
                .themes("道路交通安全,电信网络诈骗防范,户籍管理,治安管理,平安建设,禁毒宣传,出入境管理,校园周边安全")
                .rules("户籍管理实施细则,养犬管理办法,烟花爆竹燃放管理规定,居住证申领办理实施办法")
                .areas("POLICE").permits("大型群众性活动安全许可,烟花爆竹道路运输许可,公章刻制业特种行业许可")
                .violations("违反治安管理规定|中华人民共和国治安管理处罚法,违规燃放烟花爆竹|烟花爆竹安全管理条例,旅馆未按规定登记住宿旅客信息|中华人民共和国反恐怖主义法,驾驶机动车违反道路交通安全法律法规|中华人民共和国道路交通安全法")
                .laws("中华人民共和国人民警察法,中华人民共和国治安管理处罚法")
                .duty("负责全县社会治安管理、道路交通安全管理、户籍管理和出入境管理等工作"));
        d.add(dept("青山县民政局", "县民政局", "青民", "mzj", "民政、扶贫、救灾\\社会福利").w(3)
                .themes("社会救助,养老服务,殡葬管理,婚姻登记,社会组织管理,未成年人保护,残疾人两项补贴,区划地名管理")
                .rules("城乡居民最低生活保障实施办法,特困人员救助供养实施办法,临时救助实施办法,居家养老服务补贴管理办法,经营性公墓管理办法,社会组织登记管理实施细则")
                .areas("RELIEF").permits("社会团体成立登记,民办非企业单位成立登记,养老机构备案")
                .violations("社会组织未按规定参加年度检查|社会团体登记管理条例")
                .laws("社会救助暂行办法,中华人民共和国老年人权益保障法")
                .duty("负责全县社会救助、养老服务、社会组织管理、婚姻登记和殡葬管理等工作"));
        d.add(dept("青山县司法局", "县司法局", "青司", "sfj", "公安、安全、司法\\司法")
                .themes("普法宣传,人民调解,法律援助,社区矫正,行政执法监督,公共法律服务,法治政府建设,行政复议")
                .rules("法律援助实施办法,人民调解工作规范,行政执法公示实施办法,重大行政执法决定法制审核办法")
                .areas("LAW").laws("中华人民共和国法律援助法,中华人民共和国人民调解法,中华人民共和国行政复议法")
                .duty("负责全县法治政府建设的统筹协调、行政复议、普法宣传、人民调解、法律援助和社区矫正工作"));
        d.add(dept("青山县财政局", "县财政局", "青财", "czj", "财政、金融、审计\\财政").w(3)
                .themes("预算管理,政府采购,国有资产管理,惠民惠农财政补贴,政府债务管理,财会监督,预算绩效管理,预决算公开")
                .rules("县级预算绩效管理办法,政府采购内部控制管理办法,行政事业单位国有资产管理办法,惠民惠农财政补贴资金“一卡通”管理办法,财政专项资金管理办法")
                .areas("FINANCE").violations("违反政府采购规定|中华人民共和国政府采购法")
                .laws("中华人民共和国预算法,中华人民共和国政府采购法")
                .duty("负责全县财政收支管理、预算编制和执行、政府采购监督管理和国有资产管理工作"));
        d.add(dept("青山县人力资源和社会保障局", "县人力社保局", "青人社", "rsj", "劳动、人事、监察\\劳动就业").w(3)
                .themes("就业创业,社会保险,根治欠薪,职业技能培训,人才引进,劳动人事争议调解仲裁,事业单位公开招聘,城乡居民基本养老保险")
                .rules("就业创业补贴资金管理办法,职业技能培训补贴实施办法,高层次人才引进实施办法,根治欠薪工作实施细则,城乡居民基本养老保险实施办法")
                .areas("EMPLOY").permits("人力资源服务许可,劳务派遣经营许可")
                .violations("拖欠劳动者工资|保障农民工工资支付条例,未依法订立书面劳动合同|中华人民共和国劳动合同法")
                .laws("中华人民共和国就业促进法,中华人民共和国社会保险法,中华人民共和国劳动法")
                .duty("负责全县就业创业、社会保险、人才队伍建设、劳动关系和劳动保障监察工作"));
        d.add(dept("青山县自然资源和规划局", "县自然资源和规划局", "青自然资规", "zrzyj", "国土资源、能源\\土地").w(3)
                .themes("耕地保护,国土空间规划,不动产登记,土地征收,地质灾害防治,矿产资源管理,自然资源执法,全域土地综合整治")
                .rules("国有建设用地使用权出让管理办法,农村宅基地管理办法,耕地占补平衡管理办法,临时用地管理办法,不动产登记便民服务实施细则")
                .areas("LAND").permits("建设用地规划许可证核发,乡村建设规划许可证核发,建设工程规划许可证核发,临时用地审批")
                .violations("非法占用土地|中华人民共和国土地管理法,未取得采矿许可证擅自采矿|中华人民共和国矿产资源法,未按照规划许可内容进行建设|中华人民共和国城乡规划法")
                .laws("中华人民共和国土地管理法,中华人民共和国城乡规划法")
                .duty("负责全县自然资源调查监测、国土空间规划、耕地保护、不动产登记和土地征收管理工作"));
        d.add(dept("青山县生态环境局", "县生态环境局", "青环", "sthjj", "城乡建设、环境保护\\环境监测、保护与治理").w(3)
                .themes("大气污染防治,水污染防治,环境影响评价,生态环境保护督察整改,固体废物污染防治,土壤污染防治,排污许可管理,生态环境保护")
                .rules("建设项目环境影响评价分级审批管理办法,生态环境损害赔偿实施办法,排污权有偿使用和交易管理办法,突发环境事件应急管理办法")
                .areas("ENV").permits("建设项目环境影响评价文件审批,排污许可证核发,危险废物经营许可")
                .violations("超标排放大气污染物|中华人民共和国大气污染防治法,未依法报批建设项目环境影响评价文件擅自开工建设|中华人民共和国环境影响评价法,未按规定贮存危险废物|中华人民共和国固体废物污染环境防治法,不正常运行水污染防治设施|中华人民共和国水污染防治法")
                .laws("中华人民共和国环境保护法,中华人民共和国环境影响评价法")
                .duty("负责全县生态环境监督管理、污染防治、环境影响评价和生态环境执法工作"));
        d.add(dept("青山县住房和城乡建设局", "县住建局", "青建", "zjj", "城乡建设、环境保护\\城乡建设（含住房）").w(3)
                .themes("老旧小区改造,保障性住房,建筑施工安全,物业管理,城镇燃气安全,农村危房改造,房地产市场监管,建筑市场监管")
                .rules("公共租赁住房管理办法,住宅专项维修资金管理办法,物业管理实施办法,城镇老旧小区改造实施办法,农村危房改造补助资金管理办法")
                .areas("HOUSING").permits("建筑工程施工许可证核发,商品房预售许可,燃气经营许可")
                .violations("未取得施工许可证擅自施工|建设工程质量管理条例,未按规定落实建筑施工安全措施|建设工程安全生产管理条例,燃气经营者未按规定进行安全检查|城镇燃气管理条例")
                .laws("中华人民共和国建筑法,中华人民共和国城乡规划法")
                .duty("负责全县住房保障、房地产市场监管、建筑市场监管和城乡建设管理工作"));
        d.add(dept("青山县交通运输局", "县交通运输局", "青交", "jtj", "工业、交通\\交通运输").w(3)
                .themes("农村公路建设,道路运输安全,城乡公交一体化,公路治超,水上交通安全,交通工程质量监督,“四好农村路”建设")
                .rules("农村公路养护管理办法,城乡公交运营补贴管理办法,道路运输车辆动态监督管理实施细则,网络预约出租汽车经营服务管理实施办法")
                .areas("TRANSPORT").permits("道路货物运输经营许可,公路超限运输许可,涉路施工许可")
                .violations("未取得道路运输经营许可擅自从事道路运输经营|中华人民共和国道路运输条例,车辆违法超限运输|公路安全保护条例")
                .laws("中华人民共和国公路法,中华人民共和国道路运输条例")
                .duty("负责全县公路、水路交通运输行业管理，组织实施农村公路建设和道路运输安全监管"));
        d.add(dept("青山县水利局", "县水利局", "青水", "slj", "农业、林业、水利\\水利")
                .themes("水旱灾害防御,河湖长制,农村饮用水安全,水土保持,水利工程建设,水资源管理,山塘水库安全")
                .rules("河湖长制工作考核办法,农村供水工程运行管理办法,水利工程标准化管理办法,水资源费征收使用管理办法")
                .areas("WATER").permits("取水许可,河道管理范围内建设项目工程建设方案审批,生产建设项目水土保持方案审批")
                .violations("未经批准擅自取水|取水许可和水资源费征收管理条例,在河道管理范围内违法采砂|中华人民共和国河道管理条例,生产建设项目未编制水土保持方案|中华人民共和国水土保持法")
                .laws("中华人民共和国水法,中华人民共和国防洪法")
                .duty("负责全县水资源管理、水利工程建设与管理、水旱灾害防御和农村饮用水安全工作"));
        d.add(dept("青山县农业农村局", "县农业农村局", "青农", "nyj", "农业、林业、水利\\农业、畜牧业、渔业").w(3)
                .themes("乡村振兴,粮食生产,高标准农田建设,农产品质量安全,动物防疫,农村人居环境整治,农机安全,农村集体经济")
                .rules("农业产业发展专项资金管理办法,耕地地力保护补贴实施办法,农村集体资产管理办法,农机购置与应用补贴实施细则,农村宅基地审批管理办法")
                .areas("AGRI").permits("农药经营许可,兽药经营许可,动物防疫条件合格证核发,种子生产经营许可")
                .violations("经营假劣农药|农药管理条例,未按规定履行动物防疫义务|中华人民共和国动物防疫法,使用禁用渔具捕捞|中华人民共和国渔业法")
                .laws("中华人民共和国乡村振兴促进法,中华人民共和国农业法")
                .duty("负责全县乡村振兴、农业生产、农村改革和农产品质量安全监管工作"));
        d.add(dept("青山县商务局", "县商务局", "青商务", "swj", "商贸、海关、旅游\\国内贸易（含供销）")
                .themes("消费促进,外贸稳增长,电子商务进农村,成品油市场监管,农产品流通,单用途预付卡管理")
                .rules("促进消费专项资金管理办法,电子商务发展专项资金管理办法,单用途商业预付卡管理实施办法")
                .areas("COMMERCE").laws("中华人民共和国电子商务法")
                .duty("负责全县内外贸易、电子商务和消费促进工作"));
        d.add(dept("青山县文化和广电旅游体育局", "县文广旅体局", "青文广旅体", "wgltj", "文化、广电、新闻出版\\文化").w(2)
                .themes("全域旅游,公共文化服务,文物保护,全民健身,文化市场监管,非物质文化遗产保护,乡村旅游")
                .rules("旅游发展专项资金管理办法,公共文化设施免费开放管理办法,文物保护单位保护管理办法,全民健身设施管理办法")
                .areas("CULTURE").permits("娱乐场所经营活动审批,营业性演出审批,互联网上网服务营业场所经营单位设立审批,旅行社业务经营许可")
                .violations("互联网上网服务营业场所接纳未成年人|互联网上网服务营业场所管理条例,未经批准举办营业性演出|营业性演出管理条例,旅行社未与旅游者签订旅游合同|中华人民共和国旅游法")
                .laws("中华人民共和国公共文化服务保障法,中华人民共和国旅游法")
                .duty("负责全县文化、广播电视、旅游和体育事业的发展与管理"));
        d.add(dept("青山县卫生健康局", "县卫生健康局", "青卫健", "wjj", "卫生、体育\\卫生").w(3)
                .themes("基本公共卫生服务,医疗卫生服务体系建设,疾病预防控制,爱国卫生运动,老龄健康,妇幼健康,医疗机构监管,县域医共体建设,家庭医生签约服务")
                .rules("基本公共卫生服务项目资金管理办法,县域医共体建设实施办法,家庭医生签约服务管理办法,医疗机构依法执业监督管理办法")
                .areas("HEALTH").permits("医疗机构执业登记,公共场所卫生许可,饮用水供水单位卫生许可,放射诊疗许可")
                .violations("未取得医疗机构执业许可证擅自执业|医疗机构管理条例,公共场所卫生不符合国家卫生标准|公共场所卫生管理条例,医疗废物处置不规范|医疗废物管理条例")
                .laws("中华人民共和国基本医疗卫生与健康促进法,中华人民共和国传染病防治法")
                .duty("负责全县医疗卫生服务体系建设、疾病预防控制、基本公共卫生服务和卫生健康监督工作"));
        d.add(dept("青山县退役军人事务局", "县退役军人事务局", "青退役军人", "tyjrj", "民政、扶贫、救灾\\优抚安置")
                .themes("优抚安置,退役军人就业创业,双拥工作,烈士纪念设施管护,退役军人服务保障")
                .rules("退役军人就业创业扶持办法,重点优抚对象医疗保障实施办法,烈士纪念设施管理办法")
                .areas("VETERAN").laws("中华人民共和国退役军人保障法")
                .duty("负责全县退役军人移交安置、优抚褒扬、就业创业和服务保障工作"));
        d.add(dept("青山县应急管理局", "县应急管理局", "青应急", "yjj", "市场监管、安全生产监管\\安全生产").w(3)
                .themes("安全生产,防汛防台,森林防灭火,危险化学品安全,应急救援队伍建设,自然灾害救助,防灾减灾,工贸企业安全生产")
                .rules("安全生产约谈实施办法,生产安全事故隐患举报奖励办法,自然灾害救助实施办法,安全生产委员会工作规则")
                .areas("SAFETY").permits("危险化学品经营许可,烟花爆竹经营（零售）许可")
                .violations("未按规定对从业人员进行安全生产教育和培训|中华人民共和国安全生产法,未如实记录安全生产事故隐患排查治理情况|中华人民共和国安全生产法,特种作业人员未持证上岗|中华人民共和国安全生产法,未在有较大危险因素的场所设置安全警示标志|中华人民共和国安全生产法")
                .laws("中华人民共和国安全生产法,中华人民共和国突发事件应对法")
                .duty("负责全县应急管理、安全生产综合监督管理、防灾减灾救灾和应急救援工作"));
        d.add(dept("青山县审计局", "县审计局", "青审", "sjj", "财政、金融、审计\\审计")
                .themes("审计监督,经济责任审计,审计整改,政府投资项目审计,财政预算执行审计")
                .rules("政府投资项目审计监督办法,审计整改工作规定,内部审计工作实施办法")
                .areas("AUDIT").laws("中华人民共和国审计法")
                .duty("负责全县财政收支、财务收支和政府投资项目的审计监督工作"));
        d.add(dept("青山县市场监督管理局", "县市场监管局", "青市监", "scjgj", "市场监管、安全生产监管\\市场监管").w(3)
                .themes("食品安全,特种设备安全,药品安全,知识产权保护,市场主体登记,价格监督检查,产品质量安全,消费者权益保护")
                .rules("食品小作坊登记管理办法,知识产权专项资金管理办法,市场监管领域轻微违法行为不予处罚清单,农村集体聚餐食品安全管理办法")
                .areas("MARKET").permits("食品经营许可,食品小作坊登记,特种设备使用登记,药品零售企业许可,第三类医疗器械经营许可")
                .violations("经营超过保质期的食品|中华人民共和国食品安全法,未取得食品经营许可从事食品经营活动|中华人民共和国食品安全法,发布虚假广告|中华人民共和国广告法,使用未经定期检验的特种设备|中华人民共和国特种设备安全法,销售不合格产品|中华人民共和国产品质量法,不明码标价|中华人民共和国价格法")
                .laws("中华人民共和国食品安全法,中华人民共和国产品质量法")
                .duty("负责全县市场主体登记、食品药品安全、特种设备安全、产品质量和知识产权的监督管理"));
        d.add(dept("青山县统计局", "县统计局", "青统", "tjj", "国民经济管理、国有资产监管\\统计")
                .themes("统计调查,经济普查,统计执法,统计数据质量,统计法治宣传")
                .rules("统计调查项目管理办法,统计数据质量管理办法")
                .areas("STATS").violations("提供不真实统计资料|中华人民共和国统计法,拒绝提供统计资料|中华人民共和国统计法")
                .laws("中华人民共和国统计法")
                .duty("负责全县统计调查、统计数据发布和统计执法检查工作"));
        d.add(dept("青山县医疗保障局", "县医疗保障局", "青医保", "ybj", "卫生、体育\\医药管理").w(2)
                .themes("医疗保障,医保基金监管,城乡居民医保参保,医保支付方式改革,药品集中带量采购,长期护理保险")
                .rules("城乡居民基本医疗保险实施办法,医疗救助实施办法,医保定点医药机构管理办法,医保基金监督管理办法")
                .areas("MEDINS").violations("定点医药机构违规使用医疗保障基金|医疗保障基金使用监督管理条例")
                .laws("中华人民共和国社会保险法,医疗保障基金使用监督管理条例")
                .duty("负责全县医疗保险、生育保险、医疗救助和医保基金监管工作"));
        d.add(dept("青山县林业局", "县林业局", "青林", "lyj", "农业、林业、水利\\林业")
                .themes("森林防灭火,林长制,松材线虫病防治,林木采伐管理,古树名木保护,野生动植物保护,国土绿化")
                .rules("林木采伐管理办法,公益林补偿资金管理办法,古树名木保护管理办法,林长制工作考核办法")
                .areas("FOREST").permits("林木采伐许可,使用林地审核,林草种子生产经营许可")
                .violations("滥伐林木|中华人民共和国森林法,非法占用林地|中华人民共和国森林法,野外违规用火|森林防火条例")
                .laws("中华人民共和国森林法,森林防火条例")
                .duty("负责全县森林资源保护管理、国土绿化、森林防灭火和野生动植物保护工作"));
        d.add(dept("青山县综合行政执法局", "县综合行政执法局", "青综执", "zfj", "城乡建设、环境保护\\城乡建设（含住房）").w(3)
                .themes("市容环境整治,违法建设治理,城市管理,占道经营整治,渣土运输管理,户外广告整治,垃圾分类")
                .rules("城市建筑垃圾管理办法,户外广告设施设置管理办法,城区临时占道经营管理办法")
                .areas("URBAN").permits("城市建筑垃圾处置核准,设置大型户外广告审批,临时占用城市道路审批")
                .violations("违法建设|中华人民共和国城乡规划法,擅自占用道路从事经营活动|城市市容和环境卫生管理条例,渣土运输车辆沿途抛洒滴漏|城市建筑垃圾管理规定,擅自设置户外广告|城市市容和环境卫生管理条例")
                .laws("中华人民共和国行政处罚法,城市市容和环境卫生管理条例")
                .duty("负责全县城市管理和综合行政执法工作，集中行使相关领域的行政处罚权"));
        d.add(dept("青山县信访局", "县信访局", "青信访", "xfj", "综合政务\\信访")
                .themes("信访工作,矛盾纠纷化解,领导接访下访,信访积案化解,网上信访")
                .rules("信访事项办理实施办法,领导干部接访下访工作制度").areas("PETITION").laws("信访工作条例")
                .duty("负责全县信访事项的受理、交办、转送和督查督办工作"));
        d.add(dept("青山县机关事务服务中心", "县机关事务服务中心", "青机事", "jgswj", "综合政务\\其他")
                .themes("公共机构节能,公务用车管理,办公用房管理,节约型机关建设")
                .rules("公务用车使用管理办法,党政机关办公用房管理办法,公共机构节约能源资源管理办法")
                .areas("AFFAIRS").laws("机关事务管理条例,公共机构节能条例")
                .duty("负责县级机关事务管理、公务用车和办公用房管理以及公共机构节能工作"));
        d.add(dept("青山县大数据发展管理局", "县大数据局", "青数据", "dsjj", "综合政务\\电子政务")
                .themes("数字化改革,公共数据开放,政务云建设,网络安全,数据共享")
                .rules("公共数据管理办法,政务信息化项目管理办法,公共数据开放实施细则").areas("DATA")
                .laws("中华人民共和国数据安全法,中华人民共和国网络安全法")
                .duty("负责全县公共数据资源管理、政务信息化建设和数字化改革的统筹推进"));
        d.add(dept("青山县行政审批服务局", "县行政审批局", "青审批", "spj", "综合政务\\其他").w(3)
                .themes("政务服务,“一网通办”,工程建设项目审批制度改革,帮办代办,“证照分离”改革,“高效办成一件事”,优化营商环境")
                .rules("政务服务事项告知承诺制实施办法,工程建设项目审批管理办法,“一件事一次办”实施细则,政务服务中心窗口管理办法")
                .areas("SERVICE").permits("企业投资项目备案,建筑工程施工许可证核发,食品经营许可,公共场所卫生许可,道路货物运输经营许可,取水许可")
                .laws("中华人民共和国行政许可法,优化营商环境条例")
                .duty("负责全县政务服务体系建设，集中办理相对集中行政许可权事项"));
        d.add(dept("青山县粮食和物资储备局", "县粮储局", "青粮储", "lcj", "国民经济管理、国有资产监管\\其他")
                .themes("粮食安全,粮食收购,储备粮管理,应急物资储备,粮食流通监管")
                .rules("县级储备粮管理办法,应急物资储备管理办法").areas("GRAIN")
                .violations("粮食经营者未按规定执行粮食质量标准|粮食流通管理条例").laws("粮食流通管理条例")
                .duty("负责全县粮食流通和物资储备管理，承担粮食安全保障工作"));
        d.add(dept("青山县人民防空办公室", "县人防办", "青人防", "rfb", "综合政务\\其他")
                .themes("人民防空宣传,防空警报试鸣,人防工程管理,人防疏散演练")
                .rules("人防工程使用管理办法,结合民用建筑修建防空地下室管理办法").areas("CIVILDEF")
                .permits("结合民用建筑修建防空地下室审批").laws("中华人民共和国人民防空法")
                .duty("负责全县人民防空建设和管理工作"));
        d.add(dept("青山县投资促进中心", "县投资促进中心", "青投促", "tcz", "商贸、海关、旅游\\对外经贸合作")
                .themes("招商引资,项目签约,优化营商环境,产业链招商,“双招双引”")
                .rules("招商引资优惠政策兑现办法,招商引资项目准入评估办法").areas("INVEST")
                .laws("中华人民共和国外商投资法,优化营商环境条例")
                .duty("负责全县招商引资和投资促进的组织协调"));
        d.add(dept("青山县公共资源交易中心", "县公共资源交易中心", "青公管", "ggzy", "财政、金融、审计\\其他").w(2)
                .themes("公共资源交易,招标投标,政府采购,交易平台建设,评标专家管理")
                .rules("公共资源交易目录管理办法,小额工程建设项目交易管理办法,评标专家管理办法").areas("TENDER")
                .laws("中华人民共和国招标投标法,中华人民共和国政府采购法")
                .duty("负责全县公共资源交易平台的运行和服务"));
        d.add(dept("青山县档案馆", "县档案馆", "青档", "dag", "文化、广电、新闻出版\\其他")
                .themes("档案管理,档案开放,档案数字化,档案安全").rules("档案开放利用办法,机关档案管理办法").areas("ARCHIVE")
                .laws("中华人民共和国档案法").duty("负责全县档案的收集、保管、开放和利用"));
        d.add(dept("青山县气象局", "县气象局", "青气", "qxj", "农业、林业、水利\\气象、水文、测绘、地震")
                .themes("气象服务,气象灾害防御,人工影响天气,气象科普,防雷安全")
                .rules("气象灾害预警信号发布与传播办法,防雷安全管理办法").areas("WEATHER")
                .permits("雷电防护装置设计审核,雷电防护装置竣工验收,升放无人驾驶自由气球或者系留气球活动审批")
                .violations("雷电防护装置未经竣工验收擅自投入使用|气象灾害防御条例").laws("中华人民共和国气象法,气象灾害防御条例")
                .duty("负责全县气象监测预报、气象灾害防御和公共气象服务工作"));
        d.add(dept("国家税务总局青山县税务局", "县税务局", "青税", "swju", "财政、金融、审计\\税务").w(2)
                .themes("税费优惠政策落实,纳税服务,个人所得税汇算,社保费征缴,“便民办税春风行动”")
                .rules("纳税信用评价实施办法,税务行政处罚裁量基准").areas("TAX")
                .violations("未按照规定期限办理纳税申报|中华人民共和国税收征收管理法,未按规定开具发票|中华人民共和国发票管理办法")
                .laws("中华人民共和国税收征收管理法").duty("负责全县税收、社会保险费和有关非税收入的征收管理"));
        d.add(dept("青山县乡村振兴局", "县乡村振兴局", "青乡振", "xczxj", "民政、扶贫、救灾\\扶贫").w(2)
                .themes("乡村振兴,防止返贫动态监测,衔接资金项目管理,消费帮扶,山海协作,和美乡村建设")
                .rules("巩固拓展脱贫攻坚成果同乡村振兴有效衔接资金管理办法,防止返贫动态监测和帮扶实施办法,衔接资金项目资产管理办法")
                .areas("REVIVAL").laws("中华人民共和国乡村振兴促进法")
                .duty("负责全县巩固拓展脱贫攻坚成果和推进乡村全面振兴的统筹协调"));
        d.add(dept("青山县消防救援大队", "县消防救援大队", "青消", "xfd", "公安、安全、司法\\其他")
                .themes("消防安全,火灾隐患排查,消防宣传,高层建筑消防安全,电动自行车消防安全")
                .rules("消防安全网格化管理办法,电动自行车停放充电场所消防安全管理规定").areas("FIRE")
                .permits("公众聚集场所投入使用、营业前消防安全检查")
                .violations("消防设施、器材未保持完好有效|中华人民共和国消防法,占用、堵塞、封闭疏散通道、安全出口|中华人民共和国消防法,公众聚集场所未经消防安全检查擅自投入使用|中华人民共和国消防法")
                .laws("中华人民共和国消防法").duty("负责全县消防监督检查、火灾预防和灭火救援工作"));
        d.add(dept("青山县人民政府国有资产监督管理办公室", "县国资办", "青国资", "gzb", "国民经济管理、国有资产监管\\国有资产监管")
                .themes("国有资产监管,国企改革,国有企业安全生产,国有资本经营预算")
                .rules("县属国有企业投资监督管理办法,县属国有企业负责人经营业绩考核办法,国有资产交易监督管理办法").areas("SOE")
                .laws("中华人民共和国企业国有资产法").duty("负责县属国有企业国有资产的监督管理"));
        d.add(dept("青山县民族宗教事务局", "县民宗局", "青民宗", "mzzj", "民族、宗教\\其他").w(1)
                .themes("民族团结进步创建,宗教事务管理,少数民族发展").rules("宗教活动场所管理办法").areas("ETHNIC")
                .laws("宗教事务条例").duty("负责全县民族工作和宗教事务管理"));

        String[][] townships = {
            {"青山镇", "qingshanzhen"}, {"石门镇", "shimen"}, {"龙潭镇", "longtan"}, {"柳溪镇", "liuxi"}, {"双河镇", "shuanghe"},
            {"清泉镇", "qingquan"}, {"松岗镇", "songgang"}, {"凤鸣镇", "fengming"}, {"大桥镇", "daqiao"}, {"新塘镇", "xintang"},
            {"枫林镇", "fenglin"}, {"白云乡", "baiyun"}, {"桃源乡", "taoyuan"}, {"梅岭乡", "meiling"}, {"竹林乡", "zhulin"},
            {"金坑乡", "jinkeng"}, {"南溪乡", "nanxi"}, {"云峰乡", "yunfeng"}, {"长岭乡", "changling"}, {"红岩乡", "hongyan"}};
        String[][] subdistricts = {{"城东街道", "chengdong"}, {"城西街道", "chengxi"}};
        for (String[] s : subdistricts) {
            d.add(new Def(COUNTY + s[0] + "办事处", s[0], "SUBDISTRICT", s[0] + "办", s[1], "城乡建设、环境保护\\城乡建设（含住房）")
                    .themes("社区治理,老旧小区改造,城市管理,社会救助,平安建设,安全生产,文明城市创建,养老服务,政务公开,消防安全,垃圾分类,矛盾纠纷排查化解")
                    .areas("SUBDISTRICT").violations("违法建设|中华人民共和国城乡规划法")
                    .laws("中华人民共和国城市居民委员会组织法")
                    .duty("负责辖区社区建设、城市管理、社会事务、平安建设和为民服务工作"));
        }
        for (String[] t : townships) {
            d.add(new Def(COUNTY + t[0] + "人民政府", t[0], "TOWNSHIP", t[0] + "政", t[1], "农业、林业、水利\\农业、畜牧业、渔业")
                    .themes("乡村振兴,农村人居环境整治,森林防灭火,防汛防台,安全生产,社会救助,耕地保护,和美乡村建设,平安建设,矛盾纠纷排查化解,村级集体经济发展,农村供水保障,移风易俗,政务公开")
                    .rules("村级财务管理办法,农村宅基地审批管理实施细则,村规民约管理办法,一事一议筹资筹劳管理办法")
                    .areas("TOWNSHIP").permits("乡村建设规划许可证核发,农村村民宅基地审批")
                    .violations("违法建设|中华人民共和国城乡规划法,违法占用耕地建房|中华人民共和国土地管理法")
                    .laws("中华人民共和国村民委员会组织法,中华人民共和国农村土地承包法")
                    .duty("负责本乡镇经济社会发展、乡村振兴、社会事务和基层治理工作"));
        }
        for (int i = 0; i < d.size(); i++) {
            Def def = d.get(i);
            def.index = i;
            def.code = CreditCode.forGovernmentOrgan(REGION, String.format("%08d", 2_578_000 + i * 13));
        }
        DEFS = Collections.unmodifiableList(d);

        Map<String, String> topics = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        Map<String, Def> owners = new LinkedHashMap<>();
        Map<String, Def> areaOwners = new LinkedHashMap<>();
        for (Def def : d) {
            for (String area : def.areas) {
                areaOwners.putIfAbsent(area, def);
            }
            if ("DEPARTMENT".equals(def.kind) && !def.isGeneral()) {
                for (String r : def.rules) {
                    owners.putIfAbsent(r, def);
                }
            }
            if (!def.isGovernment()) {
                for (String t : def.themes) {
                    topics.putIfAbsent(t, def.topic);
                }
                if (!def.isLocal()) {
                    rules.addAll(Arrays.asList(def.rules));
                }
            }
        }
        topics.put("政务公开", "综合政务\\政务公开");
        topics.put("安全生产", "市场监管、安全生产监管\\安全生产");
        topics.put("优化营商环境", "综合政务\\其他");
        topics.put("乡村振兴", "农业、林业、水利\\农业、畜牧业、渔业");
        for (String t : d.get(0).themes) {
            topics.putIfAbsent(t, "综合政务\\其他");
        }
        THEME_TOPIC = Collections.unmodifiableMap(topics);
        RULE_OWNER = Collections.unmodifiableMap(owners);
        AREA_OWNER = Collections.unmodifiableMap(areaOwners);
        ALL_THEMES = topics.keySet().toArray(new String[0]);
        ALL_RULES = rules.toArray(new String[0]);
        d.get(0).rules = ALL_RULES;
        d.get(1).rules = concat(d.get(1).rules, ALL_RULES);
        DEPARTMENTS = (int) d.stream().filter(x -> "DEPARTMENT".equals(x.kind)).count();
        TOWNSHIP_NAMES = d.stream().filter(x -> "TOWNSHIP".equals(x.kind)).map(x -> x.shortName).toArray(String[]::new);
    }

    private AgencyCatalog() {
    }

    private static Def dept(String name, String shortName, String prefix, String slug, String topic) {
        return new Def(name, shortName, "DEPARTMENT", prefix, slug, topic);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Topic (主题分类) of a theme, or the agency's own topic for a theme only it uses. */
    static String topicOf(String theme, Def def) {
        String t = THEME_TOPIC.get(theme);
        return t != null ? t : def.topic;
    }

    // ----------------------------------------------------------------------------------------------
    // Contact details and the 公开指南

    private static final String[] ROADS = {"青山大道", "府前路", "文昌路", "迎宾路", "城东路", "滨江路", "学府路", "建设路", "和平路", "振兴路"};

    static String address(Def def) {
        int i = def.index;
        if (def.isGovernment() || i == 1) {
            return COUNTY + "府前路1号县行政中心";
        }
        if ("TOWNSHIP".equals(def.kind)) {
            return COUNTY + def.shortName + "集镇" + def.shortName.substring(0, 2) + "路" + (8 + i % 30) + "号";
        }
        if (def.isSubdistrict()) {
            return COUNTY + def.shortName.substring(0, 2) + "路" + (100 + i * 3) + "号";
        }
        if (i % 3 == 0) {
            return COUNTY + "府前路1号县行政中心" + (2 + i % 5) + "号楼";
        }
        return COUNTY + ROADS[i % ROADS.length] + (6 + (i * 7) % 180) + "号";
    }

    static String phone(Def def) {
        return AREA_CODE + "-" + ((def.isLocal() ? 6720000 : 6610000) + def.index * 101);
    }

    static String fax(Def def) {
        return AREA_CODE + "-" + ((def.isLocal() ? 6720000 : 6610000) + def.index * 101 + 1);
    }

    static String email(Def def) {
        return (def.isGovernment() ? "xxgk" : def.slug) + "@qingshan.gov.cn.example";
    }

    static String postcode(Def def) {
        return "TOWNSHIP".equals(def.kind) ? "3299" + String.format("%02d", def.index - DEFS.size() + 21) : "329900";
    }

    static final String OFFICE_HOURS = "周一至周五（法定节假日除外），上午8:30—12:00，下午14:30—17:30（5月1日至9月30日）；"
            + "下午14:00—17:00（10月1日至次年4月30日）";

    /** The office that handles disclosure (政府信息公开工作机构). */
    static String office(Def def) {
        if (def.isGovernment()) {
            return "青山县人民政府办公室（县政务公开办）";
        }
        if (def.isLocal()) {
            return def.shortName + ("TOWNSHIP".equals(def.kind) ? "党政综合办公室" : "综合办公室");
        }
        return def.shortName.startsWith("县") ? def.name + "办公室" : def.name + "综合科";
    }

    static String siteUrl(Def def) {
        return SITE + "/xxgk/" + def.slug + "/";
    }

    static String guideText(Def def) {
        String n = def.name;
        String office = office(def);
        List<String> p = new ArrayList<>();
        p.add("为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和有关规定，编制"
                + n + "政府信息公开指南（以下简称本指南）。本指南每年更新。需要获得" + n
                + "政府信息公开服务的公民、法人和其他组织，建议阅读本指南。");
        p.add("一、主动公开");
        p.add("（一）公开范围。" + n + "按照《条例》第十九条、第二十条" + (def.isLocal() ? "、第二十一条" : "")
                + "的规定，主动公开本机关的机构职能、政策文件、政策解读、规划计划、财政预决算、人事信息、行政执法、"
                + (def.isLocal() ? "贯彻落实农业农村政策、农村土地承包经营权流转、宅基地使用情况审核、筹资筹劳、社会救助等" : "重点领域等")
                + "政府信息。具体内容见" + n + "政府信息公开目录。");
        p.add("（二）公开方式。主动公开的政府信息通过青山县人民政府门户网站“政府信息公开”专栏（" + siteUrl(def)
                + "）公开，并视情况通过政务新媒体、新闻发布会、报刊、广播、电视等途径公开。县档案馆、县图书馆和县政务服务中心设有政府信息查阅场所。");
        p.add("（三）公开时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。法律、法规对政府信息公开的期限另有规定的，从其规定。");
        p.add("二、依申请公开");
        p.add("（一）受理机构。名称：" + office + "；办公地址：" + address(def) + "；办公时间：" + OFFICE_HOURS
                + "；邮政编码：" + postcode(def) + "；联系电话：" + phone(def) + "；传真：" + fax(def) + "；电子邮箱：" + email(def) + "。");
        p.add("（二）申请方式。申请人可以通过当面提交、邮寄、传真或者互联网在线申请等方式提出政府信息公开申请。申请应当采用书面形式；"
                + "采用书面形式确有困难的，申请人可以口头提出，由受理机构代为填写政府信息公开申请。申请内容应当包括申请人的姓名或者名称、"
                + "身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及申请公开的政府信息的形式要求。");
        p.add("（三）申请的处理。" + n + "收到政府信息公开申请，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。"
                + "需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。"
                + "征求第三方和其他机关意见所需时间不计算在答复期限内。申请内容不明确的，自收到申请之日起7个工作日内一次性告知申请人补正。");
        p.add("（四）收费。依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，"
                + "按照《政府信息公开信息处理费管理办法》收取信息处理费。");
        p.add("三、监督和救济");
        p.add("公民、法人或者其他组织认为" + n + "在政府信息公开工作中侵犯其合法权益的，可以向" + (def.isGovernment() ? "上一级行政机关" : "青山县人民政府政务公开办公室")
                + "投诉、举报，也可以自知道该行政行为之日起60日内依法申请行政复议，或者自知道该行政行为之日起6个月内依法向人民法院提起行政诉讼。");
        return String.join("\n\n", p);
    }

    /** The public records for all agencies, in catalogue order. */
    static final List<DemoAgency> AGENCIES = build();

    private static List<DemoAgency> build() {
        List<DemoAgency> out = new ArrayList<>(DEFS.size());
        String govCode = DEFS.get(0).code;
        for (Def def : DEFS) {
            out.add(new DemoAgency(def.code, def.name, def.shortName, def.kind, def.isGovernment() ? null : govCode,
                    def.index + 1, address(def), OFFICE_HOURS, phone(def), fax(def), email(def), postcode(def), guideText(def)));
        }
        return Collections.unmodifiableList(out);
    }
}
