package org.gongkai.core.request;

/**
 * The applicant columns of the annual report's table 三 (国办公开办函〔2021〕30号), with their labels
 * exactly as the table prints them.
 */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_INTEREST_ORG("社会公益组织"),
    LEGAL_SERVICE_ORG("法律服务机构"),
    OTHER("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 法人或其他组织: every column but 自然人. */
    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }
}
