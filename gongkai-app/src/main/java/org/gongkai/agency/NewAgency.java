package org.gongkai.agency;

/** What it takes to create an agency; contact details may be filled in later by its administrator. */
public record NewAgency(String code, String name, String shortName, AgencyKind kind, String parentCode,
                        String address, String officeHours, String phone, String fax, String email, String postcode,
                        String guideText) {

    public static NewAgency of(String code, String name, AgencyKind kind, String parentCode) {
        return new NewAgency(code, name, null, kind, parentCode, null, null, null, null, null, null, null);
    }
}
