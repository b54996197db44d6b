package org.gongkai.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 公民身份号码 (GB 11643-1999) with its ISO 7064 MOD 11-2 check character. The check characters below were
 * computed by hand: S = Σ aᵢ·wᵢ with w = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check = "10X98765432"[S mod 11].
 */
class ResidentIdNumberTest {

    /** The standard's own sample: S = 167, 167 mod 11 = 2 → X. */
    static final String SAMPLE = "11010519491231002X";

    @ParameterizedTest
    @ValueSource(strings = {
            SAMPLE,
            "11010519491231002x",  // lower-case x accepted
            // 3·7+2·9+0+1·5+0+2·4+1·2+9·1+9·6+0+0+3·9+0+7·5+0+0+1·2 = 181, mod 11 = 5 → 7
            "320102199003070017",
            // leap day 2000-02-29: S = 134, mod 11 = 2 → X
            "11010520000229003X",
            // born 1900-01-01, the earliest accepted: S = 68, mod 11 = 2 → X
            "11010519000101001X",
    })
    void valid(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isTrue();
    }

    @Test
    void checkCharacter() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("32010219900307001")).isEqualTo('7');
        // S = 183, mod 11 = 7 → 5
        assertThat(ResidentIdNumber.checkCharacter("11010519990230001")).isEqualTo('5');
        // GB 11643's other sample, 440524188001010014: S = 195, mod 11 = 8 → 4
        assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100A"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310020", "110105194912310021", "110105194912310029", "320102199003070018"})
    void wrongCheckCharacter(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isFalse();
    }

    @Test
    @DisplayName("a right check character does not save an impossible birth date (1999-02-30)")
    void impossibleBirthDate() {
        assertThat(ResidentIdNumber.checkCharacter("11010519990230001")).isEqualTo('5');
        assertThat(ResidentIdNumber.isValid("110105199902300015")).isFalse();
        assertThat(ResidentIdNumber.birthDate("110105199902300015")).isNull();
        // 1899-12-31 is a real date but before 1900: S = 194, mod 11 = 7 → 5
        assertThat(ResidentIdNumber.isValid("110105189912310015")).isFalse();
    }

    @Test
    void birthDate() {
        assertThat(ResidentIdNumber.birthDate(SAMPLE)).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.birthDate("11010520000229003X")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(ResidentIdNumber.birthDate("110105199913010015")).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "11010519491231A02X",   // a letter among the digits
            "1101051949123１002X",  // a full-width digit
            "X1010519491231002X",
            "11010519491231002",    // 17 characters
            "11010519491231002X0",  // 19
            "110105194912310 2X",
            // region codes start with 1–9; check character right (S = 160, mod 11 = 6)
            "010105194912310026",
    })
    void notANumber(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isFalse();
    }

    @Test
    @DisplayName("MOD 11-2 catches every single-digit error and every swap of neighbouring digits")
    void catchesTypos() {
        char[] good = SAMPLE.toCharArray();
        for (int i = 0; i < 17; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == good[i]) {
                    continue;
                }
                char[] bad = good.clone();
                bad[i] = c;
                assertThat(ResidentIdNumber.isValid(new String(bad))).as(new String(bad)).isFalse();
            }
            if (i < 16 && good[i] != good[i + 1]) {
                char[] swapped = good.clone();
                swapped[i] = good[i + 1];
                swapped[i + 1] = good[i];
                assertThat(ResidentIdNumber.isValid(new String(swapped))).as(new String(swapped)).isFalse();
            }
        }
    }
}
