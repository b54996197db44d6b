package org.gongkai.core.proof;

/** What kind of problem a finding is; the categories of issue 4 and of the vendors' 公文校对 taxonomies. */
public enum Category {
    /** 错别字: a wrong character or word (截止/截至, 高效联盟→高校联盟), including misspelt idioms. */
    TYPO,
    /** 多字 / 少字: a character too many or missing in a fixed word or phrase. */
    EXTRA_OR_MISSING,
    /** 重复: duplicated characters or phrases (正在正在, 的的). */
    REPETITION,
    /** 标点: GB/T 15834-2011 usage (half-width marks, doubled marks, unbalanced pairs, ellipsis, "1、"). */
    PUNCTUATION,
    /** 表述: fixed formulations, law titles, outdated names and references, banned terms, place names. */
    EXPRESSION,
    /** 占位符/模板残留: XX, 〔2024〕X号, ##…##, {{…}}, HTML fragments, mojibake. */
    PLACEHOLDER,
    /** 个人信息: unmasked ID, phone, bank card, passport numbers; credit codes with a wrong check character. */
    PERSONAL_DATA,
    /** What an officer cannot see in an attachment: hidden sheets/rows/columns, tracked changes, comments, metadata. */
    HIDDEN_CONTENT
}
