package org.gongkai.proofing.internal;

import org.gongkai.agency.Officer;
import org.gongkai.catalog.ReviewGate;
import org.gongkai.core.review.Action;
import org.gongkai.platform.ConflictException;
import org.gongkai.proofing.ProofRun;
import org.gongkai.proofing.ProofingService;
import org.springframework.stereotype.Component;

/**
 * 纠错 inside 先审后发: every item is checked when it is submitted for review and again at sign-off (after
 * any edits, with the rules and whitelist of that day). At sign-off, BLOCK findings stop publication
 * unless the signer records why it should go out anyway; the run and the reason are kept with the item
 * and printed on the 信息发布审批单.
 */
@Component
class ProofingGate implements ReviewGate {

    static final int MAX_REASON = 1000;
    private final ProofingService proofing;

    ProofingGate(ProofingService proofing) {
        this.proofing = proofing;
    }

    @Override
    public void beforeStep(ItemUnderReview item, Action step, String overrideReason, Officer by) {
        if (step == Action.SUBMIT) {
            proofing.checkAndStore(item, "SUBMIT", null);
            return;
        }
        if (step != Action.PUBLISH) {
            return;
        }
        ProofRun run = proofing.checkAndStore(item, "SIGN_OFF", null);
        if (run.blockCount() == 0) {
            return;
        }
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (reason.isEmpty()) {
            // the refusal rolls the run back with the step; the item page re-checks live and shows the findings
            throw new ConflictException("proof.blocked", run.blockCount());
        }
        if (reason.length() > MAX_REASON) {
            throw new org.gongkai.platform.BadInputException("proofOverrideReason", "proof.override.tooLong", MAX_REASON);
        }
        proofing.recordOverride(run.id(), reason, by);
    }
}
