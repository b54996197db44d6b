package org.gongkai.request;

import org.gongkai.core.code.PersonalDataMask;
import org.gongkai.core.request.ApplicantType;

/**
 * Who applied. A natural person gives a name and, optionally, an identity document; an organisation
 * gives its name, 统一社会信用代码 and a contact person. ID number, phone and address are personal data:
 * {@link #masked()} is what everyone but the handling officers sees.
 *
 * @param idType 居民身份证 (ID_CARD) or another document (OTHER)
 */
public record Applicant(ApplicantType type, String name, String idType, String idNumber, String orgCode,
                        String contactPerson, String phone, String email, String address, String postalCode) {

    public Applicant masked() {
        return new Applicant(type, name, idType, PersonalDataMask.idNumber(idNumber), orgCode, contactPerson,
                PersonalDataMask.phone(phone), PersonalDataMask.email(email), PersonalDataMask.address(address),
                postalCode);
    }
}
