package org.gongkai.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.gongkai.core.code.CreditCode.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 统一社会信用代码 (GB 32100-2015) and the embedded 组织机构代码 (GB 11714-1997).
 *
 * <p>The genuine codes come from /work/shared/spec: regulations.md §7 (索引号 seen on real sites) and
 * proofing.md §4.4. Each was checked by hand before being put here, e.g. 11441700007280420Y:
 * Σ value·weight over the first 17 = 1·1 + 1·3 + 4·9 + 4·27 + 1·19 + 7·26 + 7·25 + 2·13 + 8·8 + 4·10
 * + 2·30 = 714; 714 mod 31 = 1; 31 − 1 = 30 → 'Y'. 11370322004222241N: Σ = 722, mod 31 = 9, 31 − 9 = 22
 * → 'N'. 91350100M000100Y43: Σ = 1640, mod 31 = 28, 31 − 28 = 3 → '3'.
 */
class CreditCodeTest {

    /** 阳江市人民政府办公室 (索引号 11441700007280420Y/2021-00050, regulations.md §7). */
    static final String YANGJIANG_OFFICE = "11441700007280420Y";
    /** 高青县 (索引号 11370322004222241N/2021-5135380, regulations.md §7). */
    static final String GAOQING_COUNTY = "11370322004222241N";
    /**
     * An enterprise (9 = 工商, 1 = 企业), not an organ of state: the spec files hold only the two
     * government codes above, so the third genuine example is the one proofing.md §4.4 verified.
     */
    static final String FUZHOU_ENTERPRISE = "91350100M000100Y43";

    @ParameterizedTest
    @ValueSource(strings = {YANGJIANG_OFFICE, GAOQING_COUNTY})
    @DisplayName("GB 32100-2015: published codes of government organs (登记管理部门 1, 机关 1) are accepted")
    void genuineGovernmentOrganCodesAreValid(String code) {
        assertThat(code).startsWith("11");
        assertThat(CreditCode.problem(code)).isEmpty();
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    @DisplayName("GB 32100-2015: a published enterprise code is accepted too")
    void genuineEnterpriseCodeIsValid() {
        assertThat(CreditCode.problem(FUZHOU_ENTERPRISE)).isEmpty();
    }

    @Test
    @DisplayName("GB 32100-2015: early pilot code 91350100M0001TGQXM, known to fail the check, is refused")
    void earlyPilotCodeWithWrongCheckCharacterIsRefused() {
        // proofing.md §4.4 (after aarioai/id-rule): some pilot codes were issued before the check rule held.
        assertThat(CreditCode.problem("91350100M0001TGQXM")).contains(Problem.CHECK_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {YANGJIANG_OFFICE, GAOQING_COUNTY, FUZHOU_ENTERPRISE})
    @DisplayName("GB 32100-2015: every single-character change of a genuine code is refused with CHECK_CHARACTER")
    void everySingleSubstitutionOfAGenuineCodeIsRefused(String code) {
        int tried = 0;
        for (int pos = 0; pos < 18; pos++) {
            for (char c : CreditCode.ALPHABET.toCharArray()) {
                if (c == code.charAt(pos)) {
                    continue;
                }
                String changed = code.substring(0, pos) + c + code.substring(pos + 1);
                assertThat(CreditCode.problem(changed)).as(changed).contains(Problem.CHECK_CHARACTER);
                tried++;
            }
        }
        assertThat(tried).isEqualTo(18 * 30);
    }

    @Test
    @DisplayName("GB 32100-2015: a swapped pair of neighbours in a genuine code is refused")
    void adjacentTranspositionIsRefused() {
        // 11441700007280420Y with "72" → "27" (positions 11–12)
        assertThat(CreditCode.problem("11441700002780420Y")).contains(Problem.CHECK_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1144170000728042Y", "11441700007280420YY", "1", "11441700-007280420Y", "01424668-5"})
    @DisplayName("GB 32100-2015: a code is 18 characters; any other length is LENGTH")
    void wrongLengthIsRefused(String code) {
        assertThat(CreditCode.problem(code)).contains(Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    @DisplayName("GB 32100-2015: I, O, Z, S, V are not in the code alphabet (CHARACTER)")
    void forbiddenLettersAreRefused(char letter) {
        for (int pos = 0; pos < 18; pos++) {
            String changed = YANGJIANG_OFFICE.substring(0, pos) + letter + YANGJIANG_OFFICE.substring(pos + 1);
            assertThat(CreditCode.problem(changed)).as(changed).contains(Problem.CHARACTER);
        }
        assertThat(CreditCode.ALPHABET).doesNotContain(String.valueOf(letter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11441700007280420y", "11441700007280420 ", "114417000072８0420Y", "11441700-07280420Y"})
    @DisplayName("GB 32100-2015: lower case, blanks, full-width digits and punctuation are CHARACTER")
    void otherBadCharactersAreRefused(String code) {
        assertThat(code).hasSize(18);
        assertThat(CreditCode.problem(code)).contains(Problem.CHARACTER);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t\n"})
    @DisplayName("A missing code is EMPTY, not LENGTH")
    void nullOrBlankIsEmpty(String code) {
        assertThat(CreditCode.problem(code)).isEqualTo(Optional.of(Problem.EMPTY));
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    @DisplayName("The alphabet is the 31 characters of GB 32100 in value order")
    void alphabetHas31CharactersInOrder() {
        assertThat(CreditCode.ALPHABET).hasSize(31).isEqualTo("0123456789ABCDEFGHJKLMNPQRTUWXY");
    }

    @Test
    void checkCharacterNeedsExactly17AllowedCharacters() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("1144170000728042"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("11441700007280420Y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("1144170000728042O"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // organisation codes embedded in the genuine credit codes
            "00728042, 0",
            "00422224, 1",
            "M000100Y, 4",
            // 前段码 of real 索引号 (regulations.md §7, anchors.md): 国务院办公厅 000014349, 江苏 01424668-5,
            // 住建部 000013338, 014416330 seen in the wild
            "00001434, 9",
            "01424668, 5",
            "00001333, 8",
            "01441633, 0",
    })
    @DisplayName("GB 11714-1997: the check character of published organisation codes")
    void organisationCodeCheckOfKnownCodes(String first8, char expected) {
        assertThat(CreditCode.organisationCodeCheck(first8)).isEqualTo(expected);
    }

    @Test
    @DisplayName("GB 11714-1997: remainder 1 gives X (C = 10) and remainder 0 gives 0 (C = 11)")
    void organisationCodeCheckSpecialValues() {
        // weights 3 7 9 10 5 8 4 2. 00000030: Σ = 3·4 = 12 ≡ 1 (mod 11), C = 10 → 'X'
        assertThat(CreditCode.organisationCodeCheck("00000030")).isEqualTo('X');
        // 00000000: Σ = 0, C = 11 → '0'
        assertThat(CreditCode.organisationCodeCheck("00000000")).isEqualTo('0');
        // 00000005: Σ = 5·2 = 10, C = 1
        assertThat(CreditCode.organisationCodeCheck("00000005")).isEqualTo('1');
    }

    @Test
    @DisplayName("forGovernmentOrgan rebuilds the real codes of 阳江市人民政府办公室 and 高青县")
    void forGovernmentOrganRebuildsGenuineCodes() {
        assertThat(CreditCode.forGovernmentOrgan("441700", "00728042")).isEqualTo(YANGJIANG_OFFICE);
        assertThat(CreditCode.forGovernmentOrgan("370322", "00422224")).isEqualTo(GAOQING_COUNTY);
    }

    @Test
    @DisplayName("forGovernmentOrgan: 11 + region + organisation code with its GB 11714 check + GB 32100 check")
    void forGovernmentOrganProducesValidCodes() {
        String code = CreditCode.forGovernmentOrgan("330100", "00000030");
        assertThat(code).hasSize(18).startsWith("11330100").contains("00000030X");
        assertThat(CreditCode.problem(code)).isEmpty();
    }
}
