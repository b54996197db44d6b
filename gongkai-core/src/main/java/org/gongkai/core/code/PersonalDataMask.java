package org.gongkai.core.code;

/**
 * How applicants' personal data is shown to anyone but the officers handling the request (and how the
 * proofreader suggests masking a leak): phone 138****1234, ID number first 2 + last 3 characters.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** 13812341234 → 138****1234; other lengths keep the first 3 and last 4 when long enough. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() < 8) {
            return "*".repeat(p.length());
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }

    /** 110101199003071234 → 11*************234. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String s = id.strip();
        if (s.length() <= 5) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 2) + "*".repeat(s.length() - 5) + s.substring(s.length() - 3);
    }

    /** An address keeps its first 6 characters (province/county level), the rest is hidden. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String s = address.strip();
        if (s.length() <= 6) {
            return s.charAt(0) + "*".repeat(s.length() - 1);
        }
        return s.substring(0, 6) + "****";
    }

    /** alice@example.org → a***@example.org. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "*".repeat(email.length());
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
