package org.gongkai.core.review;

/** Everything that can happen to an item; each is recorded as an {@link ItemEvent}. */
public enum Action {
    /** 创建草稿. */
    CREATE,
    /** 修改 (only while DRAFT or WITHDRAWN). */
    EDIT,
    /** 提交审核. */
    SUBMIT,
    /** 审核通过 / 保密审查通过 — approves the step the item is in. */
    APPROVE,
    /** 退回 with a reason, back to DRAFT. */
    REJECT,
    /** 签发并发布. */
    PUBLISH,
    /** 撤回 after publication. */
    WITHDRAW,
    /** 宣布废止. */
    ABOLISH,
    /** 标记已修订 (by a later document). */
    AMEND,
    /** 失效: its 有效期 passed (recorded by the system) or declared by the signer. */
    EXPIRE
}
