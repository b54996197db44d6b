package org.gongkai.core.review;

/**
 * The roles a person holds in an agency. The review chain (先审后发) needs a drafter, a reviewer, a
 * confidentiality reviewer and a signer; the two administrator roles manage people and, for the
 * county, supervise every agency below it. No role implies another: a county administrator who is
 * also to sign must be given {@link #SIGNER} explicitly, so that who may publish is always visible.
 */
public enum Role {
    /** 信息发布员: drafts items and submits them for review. */
    DRAFTER,
    /** 审核员: first step of the review (content, accuracy). */
    REVIEWER,
    /** 保密审查员: 保密审查 before anything is disclosed (条例 第十七条). */
    CONFIDENTIALITY_REVIEWER,
    /** 签发人: signs off; publishing is their act. */
    SIGNER,
    /** 政务公开管理员: manages the agency's people, guide and catalogue. */
    AGENCY_ADMIN,
    /** 县级管理员: supervises all agencies of the county. */
    COUNTY_ADMIN,
    /**
     * 依申请公开承办人: registers and answers requests for information of the agency; the only role besides
     * the county administrator that sees applicants' personal data.
     */
    REQUEST_OFFICER
}
