package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Validity;

/**
 * An item with all the metadata a disclosure catalogue shows (条例 第十二条: 索引、名称、内容概述、生成日期,
 * plus the fields local catalogues show: 发布机构, 文号, 成文日期, 发布日期, 主题分类, 体裁, 有效性).
 *
 * @param interpretations the 政策解读 published for this document (both directions are shown)
 * @param interprets      the policy document this item explains, if it is a 政策解读
 * @param replacedBy      the document that replaced this one (已修订/已废止), if recorded
 */
public record Item(long id, String indexNo, String title, String docNo, long agencyId, String agencyCode,
                   String agencyName, String categoryCode, String categoryName, LocalDate writtenOn,
                   LocalDate publishedOn, String topic, String genre, boolean normative, LocalDate validFrom,
                   LocalDate validUntil, Validity validity, LocalDate validityChangedOn, ItemSummary replacedBy,
                   String disclosureMethod, String disclosureScope, String summary, String bodyHtml, ItemStatus status,
                   Long interpretsId, ItemSummary interprets, List<ItemSummary> interpretations,
                   List<AttachmentInfo> attachments, Instant createdAt, Instant updatedAt, int version) {
}
