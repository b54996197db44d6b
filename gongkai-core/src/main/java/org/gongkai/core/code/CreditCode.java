package org.gongkai.core.code;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — registration authority, organisation type,
 * 6-digit administrative region, 9-character organisation code (GB 11714) and a check character.
 *
 * <p>The check character is what catches a mistyped code; agencies are keyed by this code, so a
 * typo would create a second, unreachable agency. We therefore refuse any code whose check
 * character does not match, rather than trusting the format alone.
 */
public final class CreditCode {

    /** The 31 characters GB 32100 allows, in value order (no I, O, Z, S, V). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weights 3^i mod 31 for positions 1..17 (GB 32100-2015, 附录 A). */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Why a code was refused; the UI turns the name into a message. */
    public enum Problem { EMPTY, LENGTH, CHARACTER, CHECK_CHARACTER }

    /** Returns the problem with {@code code}, or empty if it is a valid 统一社会信用代码. */
    public static Optional<Problem> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        if (code.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTER);
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17)
                ? Optional.empty() : Optional.of(Problem.CHECK_CHARACTER);
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character not allowed: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /**
     * The check character of a 9-character organisation code (GB 11714-1997): weights
     * 3,7,9,10,5,8,4,2 over the first 8 characters, C = 11 - sum mod 11, 10 → X, 11 → 0.
     */
    public static char organisationCodeCheck(String first8) {
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = first8.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * w[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /**
     * Builds a complete, valid code for an organ of state (登记管理部门 1 = 机构编制, 类别 1 = 机关)
     * from a region code and an 8-digit organisation serial; used by the demo county.
     */
    public static String forGovernmentOrgan(String region6, String orgSerial8) {
        String orgCode = orgSerial8 + organisationCodeCheck(orgSerial8);
        String first17 = "11" + region6 + orgCode;
        return first17 + checkCharacter(first17);
    }
}
