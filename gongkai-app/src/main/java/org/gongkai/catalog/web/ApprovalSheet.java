package org.gongkai.catalog.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalog.HistoryEntry;
import org.gongkai.core.review.ItemStatus;

/**
 * The 信息发布审批单 of an item, read from its history: one {@link Round} per submission, the latest
 * filled into the sheet's signature table and the earlier ones (rejected, or published then
 * withdrawn) listed below it, so the paper record explains every attempt. Nothing is stored for the
 * sheet; it is always what the events say.
 *
 * @param noInterpretationReason the 三同步 exception the signer recorded with the latest publication
 */
record ApprovalSheet(Round current, List<Round> earlier, String noInterpretationReason) {

    /**
     * The text {@link org.gongkai.core.review.ItemLifecycle} puts before the signer's 三同步 reason
     * in the publication opinion; the sheet shows the reason in its own row.
     */
    static final String NO_INTERPRETATION_MARKER = "未同步发布政策解读的理由：";

    /** One submission and what became of it. {@code closedBy} is the rejection or withdrawal that ended it. */
    record Round(HistoryEntry submitted, HistoryEntry review, HistoryEntry confidentiality, HistoryEntry signOff,
                 HistoryEntry closedBy) {

        Round with(HistoryEntry e) {
            return switch (e.action()) {
                case APPROVE -> e.step() == ItemStatus.IN_CONFIDENTIALITY_REVIEW
                        ? new Round(submitted, review, e, signOff, closedBy)
                        : new Round(submitted, e, confidentiality, signOff, closedBy);
                case PUBLISH -> new Round(submitted, review, confidentiality, e, closedBy);
                case REJECT, WITHDRAW -> new Round(submitted, review, confidentiality, signOff, e);
                default -> this;
            };
        }

        /** The signer's opinion without the 三同步 reason, which has a row of its own. */
        public String signOffOpinion() {
            if (signOff == null || signOff.opinion() == null) {
                return null;
            }
            String o = signOff.opinion();
            int at = o.indexOf(NO_INTERPRETATION_MARKER);
            if (at < 0) {
                return o;
            }
            String before = o.substring(0, at).strip();
            return before.endsWith("；") ? before.substring(0, before.length() - 1) : before;
        }
    }

    static ApprovalSheet of(List<HistoryEntry> history) {
        List<Round> rounds = new ArrayList<>();
        Round round = null;
        for (HistoryEntry e : history) {
            switch (e.action()) {
                case SUBMIT -> {
                    if (round != null) {
                        rounds.add(round);
                    }
                    round = new Round(e, null, null, null, null);
                }
                case APPROVE, PUBLISH, REJECT, WITHDRAW -> {
                    if (round != null) {
                        round = round.with(e);
                    }
                }
                default -> { }
            }
        }
        Round current = round == null ? new Round(null, null, null, null, null) : round;
        String reason = null;
        if (current.signOff() != null && current.signOff().opinion() != null) {
            int at = current.signOff().opinion().indexOf(NO_INTERPRETATION_MARKER);
            if (at >= 0) {
                reason = current.signOff().opinion().substring(at + NO_INTERPRETATION_MARKER.length()).strip();
            }
        }
        return new ApprovalSheet(current, List.copyOf(rounds), reason);
    }
}
