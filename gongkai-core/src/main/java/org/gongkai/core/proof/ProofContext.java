package org.gongkai.core.proof;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a check may need besides the text.
 *
 * @param documentDate the document's date (成文日期), for references that go out of date (党的十九大 in 2024);
 *                     today when unknown
 * @param whitelist    terms the agency accepts as written (a local place name); a finding whose text is
 *                     inside one of them is dropped
 */
public record ProofContext(LocalDate documentDate, Set<String> whitelist) {

    public ProofContext {
        whitelist = whitelist == null ? Set.of() : Set.copyOf(whitelist);
    }

    public static ProofContext on(LocalDate date) {
        return new ProofContext(date, Set.of());
    }
}
