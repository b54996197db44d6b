package org.gongkai.catalog;

import java.time.LocalDate;
import org.gongkai.core.review.Action;

/**
 * A requested step of the review chain or a change after publication.
 *
 * @param noInterpretationReason 三同步 exception: why a 行政规范性文件 is published without its 解读
 * @param effectiveOn            the date a 废止/失效/修订 takes effect (today if absent)
 * @param replacedByIndexNo      the 索引号 of the document that replaces this one (废止/修订)
 * @param proofOverrideReason    sign-off only: why the signer publishes despite BLOCK proofreading findings
 */
public record Transition(Action action, String opinion, String noInterpretationReason, LocalDate effectiveOn,
                         String replacedByIndexNo, String proofOverrideReason) {

    public Transition(Action action, String opinion, String noInterpretationReason, LocalDate effectiveOn,
                      String replacedByIndexNo) {
        this(action, opinion, noInterpretationReason, effectiveOn, replacedByIndexNo, null);
    }

    public static Transition of(Action action, String opinion) {
        return new Transition(action, opinion, null, null, null, null);
    }
}
