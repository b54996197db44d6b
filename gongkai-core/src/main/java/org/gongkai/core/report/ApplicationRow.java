package org.gongkai.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;

/**
 * The value rows of table 三 (收到和处理政府信息公开申请情况), in the official order, with their labels exactly as
 * written in regulations.md §3.3. （三）–（六） are row-span group labels ({@link #group()}) with no subtotal row of
 * their own; only the numbered sub-rows hold numbers. The heading "三、本年度办理结果" is not a value row
 * ({@link #RESULTS_HEADING}).
 * <p>
 * Both formats have the same rows except （六）其他处理: three sub-rows from 2021 ({@link #OTHER_1}–{@link #OTHER_3}),
 * a single row in the 2019 试行 format ({@link #OTHER_SINGLE}); see {@link #rows(ReportFormat)}.
 */
public enum ApplicationRow {
    NEW_THIS_YEAR("一、本年新收政府信息公开申请数量", null, null, 0),
    CARRIED_FROM_LAST_YEAR("二、上年结转政府信息公开申请数量", null, null, 0),

    GRANTED("（一）予以公开", null, ReplyType.GRANTED, 0),
    PARTIALLY_GRANTED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, ReplyType.PARTIALLY_GRANTED, 0),

    WITHHELD_1(ReplyGround.STATE_SECRET, Groups.WITHHELD),
    WITHHELD_2(ReplyGround.PROHIBITED_BY_LAW, Groups.WITHHELD),
    WITHHELD_3(ReplyGround.SECURITY_STABILITY, Groups.WITHHELD),
    WITHHELD_4(ReplyGround.THIRD_PARTY_RIGHTS, Groups.WITHHELD),
    WITHHELD_5(ReplyGround.INTERNAL_AFFAIRS, Groups.WITHHELD),
    WITHHELD_6(ReplyGround.PROCESS_INFORMATION, Groups.WITHHELD),
    WITHHELD_7(ReplyGround.ENFORCEMENT_FILE, Groups.WITHHELD),
    WITHHELD_8(ReplyGround.ADMINISTRATIVE_QUERY, Groups.WITHHELD),

    UNABLE_1(ReplyGround.NOT_HELD, Groups.UNABLE),
    UNABLE_2(ReplyGround.NEEDS_CREATION, Groups.UNABLE),
    UNABLE_3(ReplyGround.UNCLEAR_AFTER_SUPPLEMENT, Groups.UNABLE),

    NOT_PROCESSED_1(ReplyGround.PETITION_COMPLAINT, Groups.NOT_PROCESSED),
    NOT_PROCESSED_2(ReplyGround.REPEATED, Groups.NOT_PROCESSED),
    NOT_PROCESSED_3(ReplyGround.PUBLICATION, Groups.NOT_PROCESSED),
    NOT_PROCESSED_4(ReplyGround.EXCESSIVE, Groups.NOT_PROCESSED),
    NOT_PROCESSED_5(ReplyGround.CONFIRMATION, Groups.NOT_PROCESSED),

    /** F2021 only. */
    OTHER_1(ReplyGround.NO_SUPPLEMENT, Groups.OTHER),
    /** F2021 only. */
    OTHER_2(ReplyGround.FEE_NOT_PAID, Groups.OTHER),
    /** F2021 only. */
    OTHER_3(ReplyGround.OTHER, Groups.OTHER),
    /** F2019 only: （六）其他处理 as a single row. */
    OTHER_SINGLE("（六）其他处理", null, ReplyType.OTHER, 0),

    TOTAL("（七）总计", null, null, 0),
    CARRIED_TO_NEXT_YEAR("四、结转下年度继续办理", null, null, 0);

    /** The heading of the result rows （一）–（七）; a heading, not a value row. */
    public static final String RESULTS_HEADING = "三、本年度办理结果";

    /**
     * The top-left header cell of the table, stating the column check (regulations.md §3.3).
     */
    public static final String CHECK_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private static final List<ApplicationRow> ROWS_2019 = Arrays.stream(values())
            .filter(r -> r != OTHER_1 && r != OTHER_2 && r != OTHER_3).toList();
    private static final List<ApplicationRow> ROWS_2021 = Arrays.stream(values())
            .filter(r -> r != OTHER_SINGLE).toList();

    private final String label;
    private final String group;
    private final ReplyType type;
    private final int number;

    ApplicationRow(String label, String group, ReplyType type, int number) {
        this.label = label;
        this.group = group;
        this.type = type;
        this.number = number;
    }

    /** A numbered sub-row: its label, reply type and number are the ground's (one source for the official text). */
    ApplicationRow(ReplyGround ground, String group) {
        this(ground.label(), group, ground.type(), ground.number());
    }

    /** The row label exactly as printed (straight quotes in 3.危及"三安全一稳定", as in regulations.md §3.3). */
    public String label() {
        return label;
    }

    /**
     * The label with the Chinese curly quotes the printed table uses around 三安全一稳定 (regulations.md §3.3);
     * the same as {@link #label()} for every other row. For exports that imitate the printed table.
     */
    public String printedLabel() {
        return this == WITHHELD_3 ? "3.危及\u201c三安全一稳定\u201d" : label;
    }

    /** The row-span group label （三）不予公开 … （六）其他处理 of a numbered sub-row; null for the other rows. */
    public String group() {
        return group;
    }

    /** The reply type the row counts; null for 一, 二, （七） and 四. */
    public ReplyType replyType() {
        return type;
    }

    /** The number of a sub-row within its group (1 for "1.属于国家秘密"); 0 for rows without a number. */
    public int number() {
        return number;
    }

    /** Whether the row is counted into （七）总计: the rows of （一）–（六). */
    public boolean leaf() {
        return type != null;
    }

    /** Whether the row is one of the format's rows. */
    public boolean in(ReportFormat format) {
        return rows(format).contains(this);
    }

    /** The value rows of table 三 in the format, in order. */
    public static List<ApplicationRow> rows(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case F2019 -> ROWS_2019;
            case F2021 -> ROWS_2021;
        };
    }

    /** The leaf rows of the format (those summed into （七）总计), in order. */
    public static List<ApplicationRow> leaves(ReportFormat format) {
        return rows(format).stream().filter(ApplicationRow::leaf).toList();
    }

    /** The rows of the format that count {@code type}, in order. */
    public static List<ApplicationRow> rowsOf(ReplyType type, ReportFormat format) {
        return rows(format).stream().filter(r -> r.type == type).toList();
    }

    /**
     * The row a reply is counted in.
     *
     * @param type   the reply type; may be null when {@code ground} is given (the ground's type is used)
     * @param ground the ground; null for （一） and （二）, required for （三）–（五） and for （六） in F2021. In F2019 every
     *               （六） reply maps to {@link #OTHER_SINGLE}, with or without a ground.
     * @throws IllegalArgumentException when the ground is missing, is not of the type, or is given for a type
     *                                  without grounds
     */
    public static ApplicationRow of(ReplyType type, ReplyGround ground, ReportFormat format) {
        Objects.requireNonNull(format, "format");
        if (type == null) {
            if (ground == null) {
                throw new IllegalArgumentException("neither a reply type nor a ground");
            }
            type = ground.type();
        }
        if (ground != null && ground.type() != type) {
            throw new IllegalArgumentException("ground " + ground.label() + " is not a ground of " + type.label());
        }
        switch (type) {
            case GRANTED, PARTIALLY_GRANTED -> {
                if (ground != null) {
                    throw new IllegalArgumentException(type.label() + " has no grounds, got " + ground.label());
                }
                return type == ReplyType.GRANTED ? GRANTED : PARTIALLY_GRANTED;
            }
            case OTHER -> {
                if (format == ReportFormat.F2019) {
                    return OTHER_SINGLE;
                }
            }
            default -> {
                // grounds below
            }
        }
        if (ground == null) {
            throw new IllegalArgumentException(type.label() + " is counted by ground in " + format
                    + ": a ground is required");
        }
        for (ApplicationRow r : rows(format)) {
            if (r.type == type && r.number == ground.number()) {
                return r;
            }
        }
        throw new IllegalArgumentException("no row for " + type.label() + " " + ground.label() + " in " + format);
    }

    /** Group labels, in a holder so the enum constants can refer to them. */
    static final class Groups {
        static final String WITHHELD = "（三）不予公开";
        static final String UNABLE = "（四）无法提供";
        static final String NOT_PROCESSED = "（五）不予处理";
        static final String OTHER = "（六）其他处理";

        private Groups() {
        }
    }
}
