package org.gongkai.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.agency.Officer;
import org.gongkai.core.review.Action;

/**
 * A check that takes part in the review chain without the catalogue depending on it: every bean of this
 * type is asked, inside the transaction of the step, when an item is submitted for review and when it
 * is signed off (PUBLISH). It may refuse the step by throwing (e.g. the proofreader, when BLOCK
 * findings remain and the signer gave no reason to publish anyway).
 */
public interface ReviewGate {

    void beforeStep(ItemUnderReview item, Action step, String overrideReason, Officer by);

    /**
     * What the gate reads of an item: its texts and attachments as they are now.
     *
     * @param documentDate the 成文日期 (or today), against which dated rules are judged
     */
    record ItemUnderReview(long id, long agencyId, String indexNo, String title, String docNo, String summary,
                           String bodyHtml, LocalDate documentDate, List<AttachmentFile> attachments) {
    }

    /** An attached file on disk. */
    record AttachmentFile(long id, String fileName, String mediaType, Path path) {
    }
}
