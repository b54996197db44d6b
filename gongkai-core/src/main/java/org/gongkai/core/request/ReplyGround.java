package org.gongkai.core.request;

/**
 * The numbered sub-rows of （三）–（六） in the annual report's table 三, with labels exactly as printed
 * (regulations.md §3.3) and the article each rests on, cited in the reply letter.
 */
public enum ReplyGround {
    STATE_SECRET(ReplyType.WITHHELD, 1, "1.属于国家秘密", "第十四条"),
    PROHIBITED_BY_LAW(ReplyType.WITHHELD, 2, "2.其他法律行政法规禁止公开", "第十四条"),
    SECURITY_STABILITY(ReplyType.WITHHELD, 3, "3.危及\"三安全一稳定\"", "第十四条"),
    THIRD_PARTY_RIGHTS(ReplyType.WITHHELD, 4, "4.保护第三方合法权益", "第十五条"),
    INTERNAL_AFFAIRS(ReplyType.WITHHELD, 5, "5.属于三类内部事务信息", "第十六条第一款"),
    PROCESS_INFORMATION(ReplyType.WITHHELD, 6, "6.属于四类过程性信息", "第十六条第二款"),
    ENFORCEMENT_FILE(ReplyType.WITHHELD, 7, "7.属于行政执法案卷", "第十六条第二款"),
    ADMINISTRATIVE_QUERY(ReplyType.WITHHELD, 8, "8.属于行政查询事项", "第三十六条第（七）项"),

    NOT_HELD(ReplyType.UNABLE_TO_PROVIDE, 1, "1.本机关不掌握相关政府信息", "第三十六条第（四）（五）项"),
    NEEDS_CREATION(ReplyType.UNABLE_TO_PROVIDE, 2, "2.没有现成信息需要另行制作", "第三十八条"),
    UNCLEAR_AFTER_SUPPLEMENT(ReplyType.UNABLE_TO_PROVIDE, 3, "3.补正后申请内容仍不明确", "第三十条"),

    PETITION_COMPLAINT(ReplyType.NOT_PROCESSED, 1, "1.信访举报投诉类申请", "第三十九条第一款"),
    REPEATED(ReplyType.NOT_PROCESSED, 2, "2.重复申请", "第三十六条第（六）项"),
    PUBLICATION(ReplyType.NOT_PROCESSED, 3, "3.要求提供公开出版物", "第三十九条第二款"),
    EXCESSIVE(ReplyType.NOT_PROCESSED, 4, "4.无正当理由大量反复申请", "第三十五条"),
    CONFIRMATION(ReplyType.NOT_PROCESSED, 5, "5.要求行政机关确认或重新出具已获取信息", "第三十九条"),

    NO_SUPPLEMENT(ReplyType.OTHER, 1, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    FEE_NOT_PAID(ReplyType.OTHER, 2, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "第四十二条"),
    OTHER(ReplyType.OTHER, 3, "3.其他", "");

    private final ReplyType type;
    private final int number;
    private final String label;
    private final String article;

    ReplyGround(ReplyType type, int number, String label, String article) {
        this.type = type;
        this.number = number;
        this.label = label;
        this.article = article;
    }

    public ReplyType type() {
        return type;
    }

    public int number() {
        return number;
    }

    /** The sub-row label exactly as in the annual report. */
    public String label() {
        return label;
    }

    /** The article of the 条例 the ground rests on; empty for （六）3. */
    public String article() {
        return article;
    }
}
