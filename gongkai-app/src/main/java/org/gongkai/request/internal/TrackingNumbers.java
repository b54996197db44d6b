package org.gongkai.request.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers (YS + date + daily serial, e.g. YS20261128-0007: readable over the phone) and the
 * applicant's query code (8 characters without look-alikes such as 0/O, 1/I). The code is stored only
 * as a SHA-256 salted with the tracking number; guessing it online is throttled by the lookup.
 */
@Component
public class TrackingNumbers {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    static final int CODE_LENGTH = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RequestRepository requests;
    private final SecureRandom random = new SecureRandom();

    public TrackingNumbers(RequestRepository requests) {
        this.requests = requests;
    }

    public record Issued(String trackingNo, String secretCode, String secretHash) {
    }

    public Issued issue(LocalDate day) {
        String no = "YS" + DAY.format(day) + "-" + String.format("%04d", requests.nextSerial(day));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return new Issued(no, code.toString(), hash(no, code.toString()));
    }

    public static String hash(String trackingNo, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(trackingNo.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(code.strip().toUpperCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a typed code with the stored hash. */
    public static boolean matches(String trackingNo, String code, String storedHash) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(hash(trackingNo, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
