package org.gongkai.request.web;

import org.gongkai.core.request.ConsultationKind;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.request.RequestCommand;

/** One action form of the request page, as typed. */
public record ActionForm(String type, String on, String workingDays, String approver, String reason, String replyType,
                         String ground, String until, String consultation, String party, String feeYuan, String note,
                         String repeatOf, String feeMethod, String pages) {

    static ActionForm empty() {
        return new ActionForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The same action with the fee set from a computed quote (FEE_NOTICE). */
    ActionForm withFee(long yuan, String basisNote) {
        String n = note == null || note.isBlank() ? basisNote : basisNote + "；" + note.strip();
        return new ActionForm(type, on, workingDays, approver, reason, replyType, ground, until, consultation, party,
                String.valueOf(yuan), n, repeatOf, feeMethod, pages);
    }

    RequestCommand toCommand() {
        return new RequestCommand(RequestForm.parse(RequestAction.class, "type", type), RequestForm.date("on", on),
                integer("workingDays", workingDays), approver, reason,
                RequestForm.parse(ReplyType.class, "replyType", replyType),
                RequestForm.parse(ReplyGround.class, "ground", ground), RequestForm.date("until", until),
                RequestForm.parse(ConsultationKind.class, "consultation", consultation), party,
                feeYuan == null || feeYuan.isBlank() ? null : (long) integer("feeYuan", feeYuan), note, repeatOf);
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new org.gongkai.platform.BadInputException(field, "error.format", value);
        }
    }
}
