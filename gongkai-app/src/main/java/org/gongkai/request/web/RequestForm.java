package org.gongkai.request.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.platform.BadInputException;
import org.gongkai.request.Applicant;
import org.gongkai.request.NewRequest;

/** The registration form of the back office, as typed (strings, so a bad value can be shown again). */
public record RequestForm(String agency, String channel, String receivedOn, String receivedReason, String applicantType,
                          String name, String idType, String idNumber, String orgCode, String contactPerson,
                          String phone, String email, String address, String postalCode, String description,
                          String purpose, String preferredForm, String delivery) {

    static RequestForm blank(String agency, LocalDate today) {
        return new RequestForm(agency, "IN_PERSON", today.toString(), "", "NATURAL_PERSON", "", "ID_CARD", "", "", "",
                "", "", "", "", "", "", "ELECTRONIC", "PICKUP");
    }

    NewRequest toNewRequest() {
        return new NewRequest(agency, parse(Channel.class, "channel", channel), date("receivedOn", receivedOn),
                receivedReason, applicant(), description, purpose, preferredForm, delivery);
    }

    Applicant applicant() {
        return new Applicant(parse(ApplicantType.class, "applicant.type", applicantType), name, idType, idNumber, orgCode,
                contactPerson, phone, email, address, postalCode);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(field, "error.format", value);
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, "error.date", value);
        }
    }
}
