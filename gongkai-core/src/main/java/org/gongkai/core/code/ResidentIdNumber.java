package org.gongkai.core.code;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence and an ISO 7064
 * MOD 11-2 check character (0–9 or X). Used to validate what an applicant types and, in proofreading,
 * to recognise a real number (a random 18-digit string rarely passes).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + i);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Whether {@code s} is an 18-character number with a plausible region, a real birth date and the right check. */
    public static boolean isValid(String s) {
        if (s == null || s.length() != 18) {
            return false;
        }
        String id = s.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return false;
            }
        }
        if (id.charAt(0) < '1' || id.charAt(0) > '9') {
            return false; // region codes start with 1–9 (华北 1 … 港澳台 8)
        }
        if (birthDate(id) == null) {
            return false;
        }
        return checkCharacter(id) == id.charAt(17);
    }

    /** The birth date of a well-formed number, or null if it is not a real date from 1900 on. */
    public static LocalDate birthDate(String id) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return d.getYear() >= 1900 ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
