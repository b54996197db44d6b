package org.gongkai.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How applicants' personal data is shown to anyone but the officers handling the request (条例第十五条:
 * 个人隐私 is protected): phone 138****1234, ID number first 2 + last 3, e-mail first letter, address to
 * the county.
 */
class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource({
            "13812341234, 138****1234",
            "' 13812341234 ', 138****1234",
            // other lengths keep the first 3 and last 4
            "0571-88881234, 057******1234",
            "12345678, 123*5678",
            // too short to keep anything
            "1234567, *******",
            "110, ***",
    })
    void phone(String in, String masked) {
        assertThat(PersonalDataMask.phone(in)).isEqualTo(masked);
    }

    @Test
    @DisplayName("an 18-character ID number keeps its first 2 and last 3: 13 stars between")
    void idNumber() {
        assertThat(PersonalDataMask.idNumber("11010519491231002X")).isEqualTo("11*************02X");
        assertThat(PersonalDataMask.idNumber("110105194912310021")).isEqualTo("11*************021");
        assertThat(PersonalDataMask.idNumber(" 110105194912310021 ")).isEqualTo("11*************021");
        // the masked form shows neither the region nor the birth date
        assertThat(PersonalDataMask.idNumber("110105194912310021")).doesNotContain("0105", "1949", "1231");
        // 15-digit old numbers: 2 + 10 stars + 3
        assertThat(PersonalDataMask.idNumber("110105491231002")).isEqualTo("11**********002");
        assertThat(PersonalDataMask.idNumber("12345")).isEqualTo("*****");
        assertThat(PersonalDataMask.idNumber("123456")).isEqualTo("12*456");
    }

    @Test
    void email() {
        assertThat(PersonalDataMask.email("alice@example.org")).isEqualTo("a***@example.org");
        assertThat(PersonalDataMask.email("z@gov.cn")).isEqualTo("z***@gov.cn");
        // no local part or no @: everything hidden
        assertThat(PersonalDataMask.email("@example.org")).isEqualTo("************");
        assertThat(PersonalDataMask.email("not-an-address")).isEqualTo("**************");
    }

    @Test
    @DisplayName("an address keeps its first 6 characters (province and city/county), the rest is hidden")
    void address() {
        assertThat(PersonalDataMask.address("浙江省杭州市西湖区文三路90号")).isEqualTo("浙江省杭州市****");
        assertThat(PersonalDataMask.address("  北京市东城区东华门街道1号  ")).isEqualTo("北京市东城区****");
        assertThat(PersonalDataMask.address("杭州市")).isEqualTo("杭**");
        assertThat(PersonalDataMask.address("浙江省杭州市")).isEqualTo("浙*****");
    }

    @Test
    @DisplayName("null and blank pass through unchanged")
    void nullAndBlank() {
        assertThat(PersonalDataMask.phone(null)).isNull();
        assertThat(PersonalDataMask.idNumber(null)).isNull();
        assertThat(PersonalDataMask.email(null)).isNull();
        assertThat(PersonalDataMask.address(null)).isNull();
        assertThat(PersonalDataMask.phone(" ")).isEqualTo(" ");
        assertThat(PersonalDataMask.idNumber("")).isEmpty();
        assertThat(PersonalDataMask.email("")).isEmpty();
        assertThat(PersonalDataMask.address("  ")).isEqualTo("  ");
    }
}
