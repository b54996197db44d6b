package org.gongkai.core.proof.rules;

import java.time.LocalDate;
import org.gongkai.core.code.CreditCode;
import org.gongkai.core.proof.ProofContext;

/** Clean official text shared by the tests: no check may report anything in it. */
final class Samples {

    static final ProofContext ON_2024 = ProofContext.on(LocalDate.of(2024, 3, 1));

    static final String VALID_CREDIT_CODE = CreditCode.forGovernmentOrgan("330110", "00250417");

    static final String COUNTY_NOTICE = """
            余杭区人民政府办公室关于做好2024年春季农田水利建设工作的通知
            各镇人民政府、街道办事处，区政府各部门、各直属单位：
            为深入学习贯彻党的二十大精神，全面落实《中华人民共和国政府信息公开条例》和《优化营商环境条例》，\
            坚持以公开为常态、不公开为例外，现就有关事项通知如下。
            一、工作目标
            2024年3月1日至6月30日，全区计划完成农田水利项目120个，总投资1,000万元，其中区级补助资金按每亩\
            3.14万元的标准拨付，受益农户三四百户。各镇要常常深入田间，对已完成的项目一一验收，看看群众是否满意。
            二、工作要求
            （一）各单位要把好质量关，项目资料于3月15日前报送区农业农村局。申请人张某某（联系电话138****1234，\
            身份证号码11*************234）已提交材料，某某公司的报价另行公示。
            （二）详情请登录区政府门户网站https://www.yuhang.gov.cn/art/2024/3/1/art_1229_123,456.html?id=5#top \
            或发送邮件至nongye@yuhang.gov.cn查询。咨询电话：0571-12345678（工作日9:00—17:00）。
            单位统一社会信用代码：""" + VALID_CREDIT_CODE + """
            。
            附件：1.项目清单；2.补助标准
            余杭区人民政府办公室
            2024年3月1日
            """;

    private Samples() {
    }
}
