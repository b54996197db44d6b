package org.gongkai.agency;

/**
 * An agency that discloses information, with the facts its 公开指南 must give (条例 第十二条:
 * 工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式).
 *
 * @param code 统一社会信用代码; also the 前段码 of the agency's 索引号
 */
public record Agency(long id, String code, String name, String shortName, AgencyKind kind, Long parentId,
                     String parentCode, int sortOrder, String address, String officeHours, String phone, String fax,
                     String email, String postcode, String guideText) {

    public String displayShortName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
