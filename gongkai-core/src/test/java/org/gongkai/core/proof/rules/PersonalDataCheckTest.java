package org.gongkai.core.proof.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.code.CreditCode;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataCheckTest {

    private final PersonalDataCheck check = new PersonalDataCheck();

    private List<Finding> run(String text) {
        return check.check(text, Samples.ON_2024);
    }

    private Finding only(String text) {
        List<Finding> f = run(text);
        assertThat(f).as("findings in %s", text).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.text()).isEqualTo(text.substring(x.start(), x.end()));
        assertThat(x.category()).isEqualTo(Category.PERSONAL_DATA);
        return x;
    }

    @ParameterizedTest
    @CsvSource({
            "低保对象王某，身份证号330105198506120035，户籍余杭。,11,330105198506120035,33*************035,pii.id18",
            "申请人11010519491231002X已签收。,3,11010519491231002X,11*************02X,pii.id18",
            "申请人11010519491231002x已签收。,3,11010519491231002x,11*************02x,pii.id18",
            "身份证号码：110105491231002,6,110105491231002,11**********002,pii.id15",
            "联系人李某，手机13812345678。,8,13812345678,138****5678,pii.mobile",
            "手机：138-1234-5678,3,138-1234-5678,138****5678,pii.mobile",
            "手机：138 1234 5678,3,138 1234 5678,138****5678,pii.mobile",
            "电话+8613912345678,2,+8613912345678,139****5678,pii.mobile",
            "补贴打入银行卡号6222021234567890128。,8,6222021234567890128,6222***********0128,pii.bankcard",
            "开户行：农业银行 卡号：6222 0212 3456 7890 123,12,6222 0212 3456 7890 123,6222***********0123,pii.bankcard",
            "补贴已打入6222021234567890128。,5,6222021234567890128,6222***********0128,pii.bankcard",
            "护照号码E12345678,4,E12345678,E1****678,pii.passport",
            "往来港澳通行证C12345678,7,C12345678,C1****678,pii.passport",
    })
    void unmaskedPersonalDataBlocks(String text, int start, String found, String masked, String rule) {
        Finding x = only(text);
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.end()).isEqualTo(start + found.length());
        assertThat(x.text()).isEqualTo(found);
        assertThat(x.suggestion()).isEqualTo(masked);
        assertThat(x.rule()).isEqualTo(rule);
        assertThat(x.severity()).isEqualTo(Severity.BLOCK);
        assertThat(x.message()).contains(found).contains(masked);
    }

    @Test
    void creditCodeWithWrongCheckCharacterWarns() {
        String valid = Samples.VALID_CREDIT_CODE;
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String typo = valid.substring(0, 17) + wrong;
        assertThat(CreditCode.isValid(typo)).isFalse();
        Finding x = only("统一社会信用代码：" + typo);
        assertThat(x.start()).isEqualTo(9);
        assertThat(x.text()).isEqualTo(typo);
        assertThat(x.severity()).isEqualTo(Severity.WARN);
        assertThat(x.rule()).isEqualTo(PersonalDataCheck.RULE_CREDIT_CODE);
        assertThat(x.message()).contains("校验码不符").contains("可能录入有误").contains(String.valueOf(valid.charAt(17)));
        assertThat(run("91350100M000100Y43")).as("the GB 32100 example is valid").isEmpty();
        assertThat(only("信用代码91350100M000100Y44").text()).isEqualTo("91350100M000100Y44");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "申请人张某某，联系电话138****1234，身份证号11*************234。",
            "咨询电话：0571-12345678，0571-8888 8888，传真(0571)87654321。",
            "合同编号330105198506120036。", // wrong check digit
            "流水号12345678901234567890123。", // longer digit run
            "订单号A330105198506120035B。", // inside a letter run
            "统一社会信用代码：91350100M000100Y43。",
            "项目编号110105491231002。", // 15 digits without an ID keyword
            "总金额6222021234567890127元。", // not Luhn, no keyword
            "收款单位：余杭区财政局，账号：6222021234567890128。",
            "护照有效期至20250301。",
            "编号E12345678的设备已报废。", // passport format without keyword
            "出生于2030年的330105203001010010号样本。",
    })
    void doesNotFlagMaskedPublicOrNonPersonalNumbers(String text) {
        assertThat(run(text)).isEmpty();
    }

    @Test
    void birthDateAfterTheDocumentDateIsNoIdNumber() {
        String id = "330105202501010012";
        assertThat(org.gongkai.core.code.ResidentIdNumber.isValid(id)).isTrue();
        assertThat(check.check("编号" + id, ProofContext.on(LocalDate.of(2024, 3, 1)))).isEmpty();
        assertThat(check.check("编号" + id, ProofContext.on(LocalDate.of(2026, 3, 1)))).hasSize(1);
    }

    @Test
    void cleanNoticeHasNoFinding() {
        assertThat(run(Samples.COUNTY_NOTICE)).isEmpty();
    }

    @Test
    void luhnAndCardMask() {
        assertThat(PersonalDataCheck.luhn("6225768888888888")).isTrue();
        assertThat(PersonalDataCheck.luhn("4111111111111111")).isTrue();
        assertThat(PersonalDataCheck.luhn("4111111111111112")).isFalse();
        assertThat(PersonalDataCheck.maskCard("6222021234567890128")).isEqualTo("6222***********0128");
    }
}
