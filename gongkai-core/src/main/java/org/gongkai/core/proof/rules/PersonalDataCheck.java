package org.gongkai.core.proof.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.code.CreditCode;
import org.gongkai.core.code.PersonalDataMask;
import org.gongkai.core.code.ResidentIdNumber;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Severity;

/**
 * 个人信息 (proofing.md §4): unmasked resident ID numbers (18 digits with the GB 11643 check, a real birth
 * date and a province code; 15-digit old numbers only next to a keyword), mobile numbers, bank cards,
 * passport and travel-permit numbers (only next to a keyword), and 统一社会信用代码 whose check character
 * is wrong (a typo; valid codes are public). A value containing * is masked and never flagged; office
 * landlines are public and not flagged. The suggestion is the masked form.
 */
public final class PersonalDataCheck implements Check {

    public static final String RULE_ID18 = "pii.id18";
    public static final String RULE_ID15 = "pii.id15";
    public static final String RULE_MOBILE = "pii.mobile";
    public static final String RULE_BANK = "pii.bankcard";
    public static final String RULE_PASSPORT = "pii.passport";
    public static final String RULE_CREDIT_CODE = "pii.creditcode";

    private static final String B = "(?<![0-9A-Za-z*＊])";
    private static final String E = "(?![0-9A-Za-z*＊])";

    private static final Pattern ID18 = Pattern.compile(B
            + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + E);
    private static final Pattern ID15 = Pattern.compile(B
            + "[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}" + E);
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z*＊+-])(?:(?:\\+|00)?86[- ]?)?"
            + "(1[3-9]\\d)([- ]?)(\\d{4})\\2(\\d{4})" + E);
    private static final Pattern MOBILE_PREFIX = Pattern.compile(
            "13\\d|14[5-9]|15[0-35-9]|16[2567]|17[0-35-8]|18\\d|19[0-35-9]");
    private static final Pattern CARD = Pattern.compile(B + "(?:\\d{16,19}|\\d{4}(?:[ -]\\d{4}){3}(?:[ -]\\d{1,3})?)" + E);
    private static final Pattern PASSPORT = Pattern.compile(B + "(?:E\\d{8}|E[A-HJ-NP-Z]\\d{7}|G\\d{8}|1[45]\\d{7}"
            + "|PE?\\d{7}|SE?\\d{7,8}|DE?\\d{7,8}|K\\d{8}|MA\\d{7}|C\\d{8}|C[A-HJ-NP-Z]\\d{7}|[HM]\\d{8}(?:\\d{2})?"
            + "|\\d{10}[A-Z]?|\\d{8})" + E);
    private static final Pattern CREDIT = Pattern.compile(B + "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + E);

    private static final Pattern ID_KEYWORD = Pattern.compile("身份证|证件号|公民身份号码|身份号码|证件号码");
    private static final Pattern CARD_KEYWORD = Pattern.compile("银行卡|卡号|账号|帐号|开户行|银行账户|银行帐户|储蓄卡|借记卡|信用卡|存折");
    private static final Pattern PASSPORT_KEYWORD = Pattern.compile("护照|通行证|回乡证|台胞证|旅行证|居留证");
    private static final Pattern CREDIT_KEYWORD = Pattern.compile("信用代码|社会信用");
    /** Organisations' accounts are public (a county's 对公账户 for fees). */
    private static final Pattern ORGANISATION_ACCOUNT = Pattern.compile("对公|单位账户|单位帐户|收款单位|"
            + "(?:户名|账户名称|帐户名称|收款人|开户名称|开户单位)[:：]?[^，。；\\n]{0,30}"
            + "(?:局|委员会|委|办公室|政府|中心|公司|院|所|站|厅|署|财政|国库|协会|学校|医院|银行|街道|办事处)");

    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83", "91");

    @Override
    public List<Finding> check(String text, ProofContext context) {
        LocalDate today = context == null || context.documentDate() == null ? LocalDate.now() : context.documentDate();
        List<Finding> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();

        Matcher m = ID18.matcher(text);
        while (m.find()) {
            String id = m.group().toUpperCase();
            LocalDate birth = ResidentIdNumber.birthDate(id);
            if (ResidentIdNumber.isValid(id) && PROVINCES.contains(id.substring(0, 2)) && birth != null
                    && !birth.isAfter(today)) {
                add(out, taken, text, m.start(), m.end(), Severity.BLOCK, PersonalDataMask.idNumber(m.group()), RULE_ID18);
            }
        }
        m = ID15.matcher(text);
        while (m.find()) {
            String id = m.group();
            if (!Texts.inside(taken, m.start(), m.end()) && PROVINCES.contains(id.substring(0, 2))
                    && realDate(1900 + Integer.parseInt(id.substring(6, 8)), id.substring(8, 10), id.substring(10, 12))
                    && near(text, m.start(), ID_KEYWORD)) {
                add(out, taken, text, m.start(), m.end(), Severity.BLOCK, PersonalDataMask.idNumber(id), RULE_ID15);
            }
        }
        m = MOBILE.matcher(text);
        while (m.find()) {
            if (Texts.inside(taken, m.start(), m.end()) || !MOBILE_PREFIX.matcher(m.group(1)).matches()) {
                continue;
            }
            String digits = m.group(1) + m.group(3) + m.group(4);
            add(out, taken, text, m.start(), m.end(), Severity.BLOCK, PersonalDataMask.phone(digits), RULE_MOBILE);
        }
        m = CARD.matcher(text);
        while (m.find()) {
            if (Texts.inside(taken, m.start(), m.end())) {
                continue;
            }
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() < 16 || digits.length() > 19 || organisationAccount(text, m.start())) {
                continue;
            }
            boolean keyword = near(text, m.start(), CARD_KEYWORD);
            if (keyword || (luhn(digits) && digits.startsWith("62"))) {
                add(out, taken, text, m.start(), m.end(), Severity.BLOCK, maskCard(digits), RULE_BANK);
            }
        }
        m = PASSPORT.matcher(text);
        while (m.find()) {
            String v = m.group();
            if (Texts.inside(taken, m.start(), m.end()) || !near(text, m.start(), PASSPORT_KEYWORD)) {
                continue;
            }
            if (v.length() == 8 && v.chars().allMatch(Character::isDigit)
                    && realDate(Integer.parseInt(v.substring(0, 4)), v.substring(4, 6), v.substring(6, 8))) {
                continue; // a date (有效期至20250301), not a permit number
            }
            add(out, taken, text, m.start(), m.end(), Severity.BLOCK, PersonalDataMask.idNumber(v), RULE_PASSPORT);
        }
        m = CREDIT.matcher(text);
        while (m.find()) {
            String code = m.group();
            if (Texts.inside(taken, m.start(), m.end())) {
                continue;
            }
            boolean allDigits = code.chars().allMatch(Character::isDigit);
            if (allDigits && !near(text, m.start(), CREDIT_KEYWORD)) {
                continue; // an 18-digit number with a wrong check digit is more likely a mistyped ID number
            }
            Optional<CreditCode.Problem> problem = CreditCode.problem(code);
            if (problem.isPresent() && problem.get() == CreditCode.Problem.CHECK_CHARACTER) {
                char expected = CreditCode.checkCharacter(code.substring(0, 17));
                out.add(new Finding(m.start(), m.end(), Category.PERSONAL_DATA, Severity.WARN, code, null,
                        ProofMessages.text(RULE_CREDIT_CODE, code, String.valueOf(code.charAt(17)), String.valueOf(expected)),
                        RULE_CREDIT_CODE, null));
            }
        }
        out.sort(Comparator.comparingInt(Finding::start));
        return out;
    }

    private static void add(List<Finding> out, List<int[]> taken, String text, int start, int end, Severity severity,
                            String masked, String rule) {
        String found = text.substring(start, end);
        taken.add(new int[] {start, end});
        out.add(new Finding(start, end, Category.PERSONAL_DATA, severity, found, masked,
                ProofMessages.text(rule, found, masked), rule, null));
    }

    /** A keyword in the 30 characters before the value, on the same line. */
    private static boolean near(String text, int start, Pattern keyword) {
        int from = Math.max(0, start - 30);
        int nl = text.lastIndexOf('\n', start - 1);
        if (nl >= from) {
            from = nl + 1;
        }
        return keyword.matcher(text.substring(from, start)).find();
    }

    private static boolean organisationAccount(String text, int start) {
        int from = Math.max(0, start - 60);
        int nl = text.lastIndexOf('\n', start - 1);
        if (nl >= from) {
            from = nl + 1;
        }
        return ORGANISATION_ACCOUNT.matcher(text.substring(from, start)).find();
    }

    private static boolean realDate(int year, String month, String day) {
        try {
            LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            return year >= 1900;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** 6222021234567890123 → 6222***********0123 (first 4 and last 4 kept). */
    static String maskCard(String digits) {
        return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
    }
}
