package org.gongkai.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 索引号: 前段码 "/" YYYY "-" NNNNN (《政府信息公开目录系统实施指引（试行）》, 2008; regulations.md §7).
 * Examples are the ones seen on real sites.
 */
class IndexNumberTest {

    @Test
    @DisplayName("2008 指引: 000014349/2017-00110 (国办发〔2017〕47号) is 9 + 1 + 4 + 1 + 5 = 20 characters")
    void parsesNineCharacterIssuer() {
        IndexNumber n = IndexNumber.parse("000014349/2017-00110").orElseThrow();

        assertThat(n.issuerCode()).isEqualTo("000014349");
        assertThat(n.year()).isEqualTo(2017);
        assertThat(n.serial()).isEqualTo(110);
        assertThat(n.suffix()).isEqualTo("2017-00110");
        assertThat(n.toString()).isEqualTo("000014349/2017-00110").hasSize(20);
    }

    @Test
    @DisplayName("统一社会信用代码 as 前段码: 11441700007280420Y/2021-00050 is 18 + 1 + 4 + 1 + 5 = 29 characters")
    void parsesEighteenCharacterIssuer() {
        IndexNumber n = IndexNumber.parse("11441700007280420Y/2021-00050").orElseThrow();

        assertThat(n).isEqualTo(new IndexNumber("11441700007280420Y", 2021, 50));
        assertThat(n.suffix()).isEqualTo("2021-00050");
        assertThat(n.toString()).isEqualTo("11441700007280420Y/2021-00050").hasSize(29);
    }

    @Test
    @DisplayName("toString pads year and serial: 20 characters for a 9-character issuer, 29 for an 18-character one")
    void toStringPadsSerialToFiveDigits() {
        assertThat(new IndexNumber("000013338", 2023, 1).toString()).isEqualTo("000013338/2023-00001").hasSize(20);
        assertThat(new IndexNumber("000013338", 2023, 99999).toString()).isEqualTo("000013338/2023-99999").hasSize(20);
        assertThat(new IndexNumber("11370322004222241N", 2021, 7).toString())
                .isEqualTo("11370322004222241N/2021-00007").hasSize(29);
    }

    @Test
    @DisplayName("suffix() is the 后段码 that lists may show alone")
    void suffixIsYearAndSerial() {
        assertThat(new IndexNumber("014416330", 2018, 4736).suffix()).isEqualTo("2018-04736");
    }

    @Test
    @DisplayName("Surrounding blanks (from a pasted value) are tolerated")
    void parseTrims() {
        assertThat(IndexNumber.parse("  000014349/2017-00110\n")).contains(new IndexNumber("000014349", 2017, 110));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "000014349/2017-00000",              // serial 00000 does not exist
            "000014349/217-00110",               // 3-digit year
            "000014349/02017-00110",             // 5-digit year
            "000014349/2017-0110",               // 4-digit serial
            "000014349/2017-000110",             // 6-digit serial
            "11370322004222241N/2021-5135380",   // 高青县's long serial: a local variant, not parsed
            "11441700007280420y/2021-00050",     // lower case
            "abcdefghi/2021-00050",              // lower case
            "0000143492017-00110",               // missing slash
            "000014349-2017-00110",              // hyphen instead of slash
            "000014349/2017/00110",              // slash instead of hyphen
            "01424668-5/2021-00063",             // 江苏: hyphen of the organisation code kept
            "00001434/2017-00110",               // 8-character issuer
            "0000143490/2017-00110",             // 10-character issuer
            "11441700007280420Y0/2021-00050",    // 19-character issuer
            "000014349/2017-00110/",             // trailing garbage
            "000014349 /2017-00110",             // blank inside
            "０００014349/2017-00110",            // full-width digits
    })
    @DisplayName("Forms other than the national pattern are refused (empty, never an exception)")
    void rejectsBadForms(String text) {
        assertThat(IndexNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000014349/0999-00001", "000014349/0000-00001", "11441700007280420Y/0001-00050"})
    @DisplayName("A year with a leading zero matches the pattern but is not a year: parse returns empty, not an exception")
    void yearBelow1000IsRefusedWithoutException(String text) {
        assertThat(IndexNumber.parse(text)).isEmpty();
    }

    @Test
    @DisplayName("The record refuses values that cannot be written in the national pattern")
    void constructorRefusesImpossibleValues() {
        assertThatThrownBy(() -> new IndexNumber(null, 2021, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexNumber("01424668-5", 2021, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexNumber("00001434", 2021, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexNumber("000014349", 999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexNumber("000014349", 10000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexNumber("000014349", 2021, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexNumber("000014349", 2021, 100000)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghi", "0001/4349", "000 14349", "11441700007280420y"})
    @DisplayName("The record refuses an issuer code with characters outside 0-9A-Z (its toString would not parse back)")
    void constructorRefusesIssuerCharactersOutsideThePattern(String issuer) {
        assertThatThrownBy(() -> new IndexNumber(issuer, 2021, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
