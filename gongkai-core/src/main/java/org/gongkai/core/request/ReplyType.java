package org.gongkai.core.request;

import java.util.Arrays;
import java.util.List;

/**
 * How a request was answered: the rows （一）–（六） of "三、本年度办理结果" in the annual report's table 三
 * (regulations.md §3.3), with the articles they come from. Types with grounds count by ground.
 */
public enum ReplyType {
    /** （一）予以公开 — 第三十六条第（一）（二）项. */
    GRANTED("（一）予以公开"),
    /** （二）部分公开 — 第三十七条 (区分处理). */
    PARTIALLY_GRANTED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    /** （三）不予公开 — 第十四条至第十六条, 第三十六条第（三）项. */
    WITHHELD("（三）不予公开"),
    /** （四）无法提供 — 第三十六条第（四）（五）项, 第三十八条, 第三十条. */
    UNABLE_TO_PROVIDE("（四）无法提供"),
    /** （五）不予处理 — 第三十九条, 第三十六条第（六）项, 第三十五条. */
    NOT_PROCESSED("（五）不予处理"),
    /** （六）其他处理. */
    OTHER("（六）其他处理");

    private final String label;

    ReplyType(String label) {
        this.label = label;
    }

    /** The row label exactly as in the annual report. */
    public String label() {
        return label;
    }

    public List<ReplyGround> grounds() {
        return Arrays.stream(ReplyGround.values()).filter(g -> g.type() == this).toList();
    }

    public boolean hasGrounds() {
        return !grounds().isEmpty();
    }

    /** Whether information is released with this reply (files may be attached). */
    public boolean releasesInformation() {
        return this == GRANTED || this == PARTIALLY_GRANTED;
    }
}
