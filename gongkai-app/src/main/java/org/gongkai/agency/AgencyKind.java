package org.gongkai.agency;

/** 机构类别: the county government, its departments, townships (乡/镇) and sub-districts (街道). */
public enum AgencyKind {
    GOVERNMENT, DEPARTMENT, TOWNSHIP, SUBDISTRICT
}
