package org.gongkai.demo.internal;

/**
 * One agency of the fictional demo county 青山县: the county government, a department, a township (乡/镇)
 * or a sub-district (街道). Contact details are invented; e-mail addresses and URLs use the reserved
 * {@code .example} top-level domain and telephone numbers a fictional area code, so nothing reaches a
 * real office.
 *
 * @param code       统一社会信用代码 (valid check characters; unique)
 * @param kind       GOVERNMENT, DEPARTMENT, TOWNSHIP or SUBDISTRICT
 * @param parentCode the county government's code, or {@code null} for the county government itself
 * @param guideText  the agency's 政府信息公开指南: plain text, paragraphs separated by a blank line
 */
public record DemoAgency(String code, String name, String shortName, String kind, String parentCode, int sortOrder,
        String address, String officeHours, String phone, String fax, String email, String postcode,
        String guideText) {
}
