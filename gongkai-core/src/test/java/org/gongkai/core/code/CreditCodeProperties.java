package org.gongkai.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.gongkai.core.code.CreditCode.Problem;

/**
 * GB 32100-2015 check character, as properties.
 *
 * <p>Why single substitutions are always caught: the sum is Σ v_i·w_i mod 31 with w_i = 3^(i−1) mod 31.
 * Changing character i from v to v' changes the sum by (v' − v)·w_i. 31 is prime, 0 < |v' − v| < 31 and
 * w_i ≢ 0, so the product is never ≡ 0 mod 31 and the check character always changes; a change to
 * the check character itself obviously no longer matches. {@link #noWeightTimesDifferenceIsZeroMod31}
 * checks the arithmetic behind this exhaustively.
 */
class CreditCodeProperties {

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(17);
    }

    @Property
    @Label("GB 32100: any 17 allowed characters plus their check character form a valid code")
    void appendedCheckCharacterMakesAValidCode(@ForAll("first17") String first17) {
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.problem(code)).isEmpty();
    }

    @Property
    @Label("GB 32100: replacing any one character by another allowed character is caught (CHECK_CHARACTER)")
    void everySingleSubstitutionIsDetected(@ForAll("first17") String first17,
                                           @ForAll @IntRange(min = 0, max = 17) int position,
                                           @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = first17 + CreditCode.checkCharacter(first17);
        int old = CreditCode.ALPHABET.indexOf(code.charAt(position));
        char replacement = CreditCode.ALPHABET.charAt((old + shift) % 31);
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(changed).isNotEqualTo(code);
        assertThat(CreditCode.problem(changed)).as(code + " → " + changed).contains(Problem.CHECK_CHARACTER);
    }

    @Property
    @Label("GB 32100: every one of the 18 × 30 substitutions of a random valid code is caught")
    void allSubstitutionsOfOneCodeAreDetected(@ForAll("first17") String first17) {
        String code = first17 + CreditCode.checkCharacter(first17);
        for (int pos = 0; pos < 18; pos++) {
            for (char c : CreditCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(pos)) {
                    String changed = code.substring(0, pos) + c + code.substring(pos + 1);
                    assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Example
    @Label("The reason: weight × difference is never 0 mod 31 (31 prime, weights 3^i mod 31 non-zero)")
    void noWeightTimesDifferenceIsZeroMod31() {
        for (int i = 0; i < 17; i++) {
            int weight = 1;
            for (int k = 0; k < i; k++) {
                weight = weight * 3 % 31;
            }
            assertThat(weight).isNotZero();
            for (int d = 1; d < 31; d++) {
                assertThat(weight * d % 31).as("w=%d d=%d", weight, d).isNotZero();
            }
        }
    }

    @Property
    @Label("forGovernmentOrgan: any region and 8-digit serial give a valid 11… code with a GB 11714 check")
    void forGovernmentOrganAlwaysProducesValidCodes(@ForAll @NumericChars @StringLength(6) String region,
                                                    @ForAll @NumericChars @StringLength(8) String serial) {
        String code = CreditCode.forGovernmentOrgan(region, serial);
        assertThat(code).hasSize(18).startsWith("11" + region + serial);
        assertThat(code.charAt(16)).isEqualTo(CreditCode.organisationCodeCheck(serial));
        assertThat(CreditCode.problem(code)).isEmpty();
    }
}
