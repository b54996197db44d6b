package org.gongkai.catalog;

import java.time.LocalDate;

/**
 * The fields an officer writes. Everything else (索引号, status, dates of publication, validity
 * changes) is set by the system from what happens to the item.
 *
 * @param categoryCode  code of a category of the item's agency
 * @param normative     行政规范性文件: cannot be published without a 政策解读 or the signer's reason
 * @param interpretsId  for a 政策解读: the id of the policy document it explains (same agency)
 * @param validUntil    last day of the 有效期, if the document has one
 * @param bodyHtml      rich text; sanitized before it is stored
 */
public record ItemDraft(String categoryCode, String title, String docNo, LocalDate writtenOn, String topic,
                        String genre, boolean normative, LocalDate validFrom, LocalDate validUntil,
                        String disclosureMethod, String disclosureScope, String summary, String bodyHtml,
                        Long interpretsId) {
}
