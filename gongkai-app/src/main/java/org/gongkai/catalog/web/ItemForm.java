package org.gongkai.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.platform.BadInputException;

/**
 * The item form exactly as typed. Every field is a string so that a malformed date or number never
 * fails during binding (which would lose the other fields and show no useful message); it is
 * parsed in {@link #toDraft()} into a {@link BadInputException} naming the field, and the form is
 * shown again with everything the officer entered.
 *
 * @param version the item version the officer started editing from (optimistic locking)
 */
record ItemForm(String agency, String category, String title, String docNo, String writtenOn, String topic, String genre,
                String normative, String validFrom, String validUntil, String disclosureMethod, String disclosureScope,
                String summary, String body, String interpretsId, String version) {

    static ItemForm blank(String agencyCode) {
        return new ItemForm(agencyCode, "", "", "", "", "", "", null, "", "", ItemService.DEFAULT_METHOD,
                ItemService.DEFAULT_SCOPE, "", "", "", "");
    }

    static ItemForm of(Item i) {
        return new ItemForm(i.agencyCode(), i.categoryCode(), i.title(), i.docNo(), str(i.writtenOn()), i.topic(), i.genre(),
                i.normative() ? "true" : null, str(i.validFrom()), str(i.validUntil()), i.disclosureMethod(),
                i.disclosureScope(), i.summary(), i.bodyHtml(), i.interpretsId() == null ? "" : i.interpretsId().toString(),
                Integer.toString(i.version()));
    }

    public boolean isNormative() {
        return "true".equals(normative) || "on".equals(normative);
    }

    ItemDraft toDraft() {
        return new ItemDraft(category, title, docNo, date("writtenOn", writtenOn), topic, genre, isNormative(),
                date("validFrom", validFrom), date("validUntil", validUntil), disclosureMethod, disclosureScope, summary, body,
                id("interpretsId", interpretsId));
    }

    Integer versionNumber() {
        Long v = id("version", version);
        return v == null ? null : v.intValue();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, "error.date", value.strip());
        }
    }

    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, "admin.error.number", value.strip());
        }
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
