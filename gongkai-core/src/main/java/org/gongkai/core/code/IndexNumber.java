package org.gongkai.core.code;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 索引号 of a disclosed item: 前段码 "/" 4-digit year "-" 5-digit serial (《政府信息公开目录系统实施指引（试行）》,
 * 2008). The 前段码 is the issuing agency's code; since the 统一社会信用代码 replaced the 组织机构代码 most
 * local sites use the 18-character code there (e.g. 11441700007280420Y/2021-00050), and so do we.
 *
 * <p>An index number is unique and never changes or gets reused: serials only ever increase per
 * agency and year, even when a draft is deleted.
 */
public record IndexNumber(String issuerCode, int year, int serial) {

    private static final Pattern ISSUER = Pattern.compile("[0-9A-Z]{9}(?:[0-9A-Z]{9})?");
    private static final Pattern FORMAT = Pattern.compile("^(" + ISSUER.pattern() + ")/(\\d{4})-(\\d{5})$");

    public IndexNumber {
        if (issuerCode == null || !ISSUER.matcher(issuerCode).matches()) {
            throw new IllegalArgumentException("issuer code must have 9 or 18 characters 0-9/A-Z");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have 4 digits");
        }
        if (serial < 1 || serial > 99999) {
            throw new IllegalArgumentException("serial must be 1..99999");
        }
    }

    /** Reads a number written in the national pattern; variants of other schemes are not parsed. */
    public static Optional<IndexNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        int serial = Integer.parseInt(m.group(3));
        if (year < 1000 || serial == 0) {
            // "0999" and "00000" match the pattern but are no year or serial; refuse, do not throw
            return Optional.empty();
        }
        return Optional.of(new IndexNumber(m.group(1), year, serial));
    }

    /** The 后段码 (year-serial) that lists may show alone. */
    public String suffix() {
        return String.format("%04d-%05d", year, serial);
    }

    @Override
    public String toString() {
        return issuerCode + "/" + suffix();
    }
}
