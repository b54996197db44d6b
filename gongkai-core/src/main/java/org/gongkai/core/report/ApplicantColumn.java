package org.gongkai.core.report;

import org.gongkai.core.request.ApplicantType;

/**
 * The six applicant columns of table 三 (申请人情况: 自然人, then 法人或其他组织 with five sub-columns), in order;
 * the seventh numeric column, 总计, is computed ({@link #TOTAL_LABEL}). There is no official 小计 column for
 * 法人或其他组织 (regulations.md §3.3).
 */
public enum ApplicantColumn {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_INTEREST_ORG("社会公益组织"),
    LEGAL_SERVICE_ORG("法律服务机构"),
    OTHER("其他");

    /** The label of the seventh column, the sum of the six. */
    public static final String TOTAL_LABEL = "总计";
    /** The heading over the five organisation columns. */
    public static final String ORGANISATION_GROUP_LABEL = "法人或其他组织";
    /** The heading over all seven columns. */
    public static final String APPLICANT_HEADING = "申请人情况";

    private final String label;

    ApplicantColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the column is under 法人或其他组织. */
    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }

    /** The column a request's applicant is counted in. */
    public static ApplicantColumn of(ApplicantType type) {
        return switch (type) {
            case NATURAL_PERSON -> NATURAL_PERSON;
            case COMMERCIAL_ENTERPRISE -> COMMERCIAL_ENTERPRISE;
            case RESEARCH_INSTITUTION -> RESEARCH_INSTITUTION;
            case PUBLIC_INTEREST_ORG -> PUBLIC_INTEREST_ORG;
            case LEGAL_SERVICE_ORG -> LEGAL_SERVICE_ORG;
            case OTHER -> OTHER;
        };
    }
}
