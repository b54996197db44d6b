package org.gongkai.request.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.code.CreditCode;
import org.gongkai.core.code.ResidentIdNumber;
import org.gongkai.platform.BadInputException;
import org.gongkai.request.Applicant;
import org.springframework.stereotype.Component;

/**
 * Checks an application's fields and names the first one that is wrong (same messages for the public
 * form, the back office and the API). An application must say who applies, how to reach them, and
 * what information is wanted (条例 第二十九条).
 */
@Component
public class ApplicationCheck {

    static final Set<String> ID_TYPES = Set.of("ID_CARD", "OTHER");
    static final Set<String> FORMS = Set.of("PAPER", "ELECTRONIC", "INSPECTION");
    static final Set<String> DELIVERIES = Set.of("POST", "EMAIL", "PICKUP", "ONLINE");
    private static final Pattern PHONE = Pattern.compile("^[0-9+\\-() ]{7,20}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern POSTAL = Pattern.compile("^\\d{6}$");

    public void applicant(Applicant a, String delivery) {
        if (a == null || a.type() == null) {
            throw new BadInputException("applicant.type", "request.applicant.type.required");
        }
        require("applicant.name", a.name(), 100);
        if (a.type().isOrganisation()) {
            if (!blank(a.orgCode()) && !CreditCode.isValid(a.orgCode().strip().toUpperCase())) {
                throw new BadInputException("applicant.orgCode", "request.applicant.orgCode.invalid");
            }
            require("applicant.contactPerson", a.contactPerson(), 50);
        } else {
            if (!blank(a.idType()) && !ID_TYPES.contains(a.idType())) {
                throw new BadInputException("applicant.idType", "request.applicant.idType.invalid");
            }
            if (!blank(a.idNumber())) {
                String id = a.idNumber().strip().toUpperCase();
                if ("ID_CARD".equals(a.idType()) || blank(a.idType())) {
                    if (!ResidentIdNumber.isValid(id)) {
                        throw new BadInputException("applicant.idNumber", "request.applicant.idNumber.invalid");
                    }
                } else if (id.length() > 40) {
                    throw new BadInputException("applicant.idNumber", "request.field.tooLong", 40);
                }
            }
        }
        if (blank(a.phone()) && blank(a.email()) && blank(a.address())) {
            throw new BadInputException("applicant.phone", "request.applicant.contact.required");
        }
        if (!blank(a.phone()) && !PHONE.matcher(a.phone().strip()).matches()) {
            throw new BadInputException("applicant.phone", "request.applicant.phone.invalid");
        }
        if (!blank(a.email()) && (a.email().length() > 100 || !EMAIL.matcher(a.email().strip()).matches())) {
            throw new BadInputException("applicant.email", "request.applicant.email.invalid");
        }
        if (!blank(a.address()) && a.address().length() > 200) {
            throw new BadInputException("applicant.address", "request.field.tooLong", 200);
        }
        if (!blank(a.postalCode()) && !POSTAL.matcher(a.postalCode().strip()).matches()) {
            throw new BadInputException("applicant.postalCode", "request.applicant.postalCode.invalid");
        }
        if ("EMAIL".equals(delivery) && blank(a.email())) {
            throw new BadInputException("applicant.email", "request.applicant.email.neededForDelivery");
        }
        if ("POST".equals(delivery) && blank(a.address())) {
            throw new BadInputException("applicant.address", "request.applicant.address.neededForDelivery");
        }
    }

    public void texts(String description, String purpose, String preferredForm, String delivery) {
        require("description", description, 4000);
        if (!blank(purpose) && purpose.length() > 1000) {
            throw new BadInputException("purpose", "request.field.tooLong", 1000);
        }
        if (blank(preferredForm) || !FORMS.contains(preferredForm)) {
            throw new BadInputException("preferredForm", "request.preferredForm.invalid");
        }
        if (blank(delivery) || !DELIVERIES.contains(delivery)) {
            throw new BadInputException("delivery", "request.delivery.invalid");
        }
    }

    /** Trimmed, upper-cased codes, blanks as null. */
    public Applicant clean(Applicant a) {
        return new Applicant(a.type(), a.name().strip(), a.type().isOrganisation() ? null : nullIfBlank(a.idType()),
                a.type().isOrganisation() ? null : upper(a.idNumber()), a.type().isOrganisation() ? upper(a.orgCode()) : null,
                nullIfBlank(a.contactPerson()), nullIfBlank(a.phone()), nullIfBlank(a.email()), nullIfBlank(a.address()),
                nullIfBlank(a.postalCode()));
    }

    private static void require(String field, String value, int max) {
        if (blank(value)) {
            throw new BadInputException(field, "request.field.required");
        }
        if (value.strip().length() > max) {
            throw new BadInputException(field, "request.field.tooLong", max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String upper(String s) {
        return blank(s) ? null : s.strip().toUpperCase();
    }
}
