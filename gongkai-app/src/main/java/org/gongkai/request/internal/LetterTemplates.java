package org.gongkai.request.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestState;
import org.gongkai.request.web.DeadlineText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Drafts the 政府信息公开申请答复书 from the templates in {@code messages/letters.properties}: one body per
 * reply type or ground, each citing its article, and the remedies every reply must state — 行政复议
 * within 60 days (行政复议法 第二十条) to the county government for its departments and townships, to
 * the government above for the county government itself, or 行政诉讼 within 6 months (行政诉讼法 第四十六条).
 * Bracketed 【…】 parts are for the officer to fill in; the draft is edited before sign-off.
 */
@Component
public class LetterTemplates {

    private final MessageSource messages;

    public LetterTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param county the county government (reconsideration body of its departments and townships)
     * @param repeatOf the earlier request's tracking number (for REPEATED)
     */
    public String draft(Agency agency, Agency county, String trackingNo, String applicantName, String description,
                        RequestState state, ReplyType type, ReplyGround ground, String repeatOf, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        line(sb, agency.name());
        line(sb, text("letter.title"));
        line(sb, text("letter.number", agency.displayShortName(), String.valueOf(today.getYear()), trackingNo));
        sb.append('\n');
        line(sb, text("letter.salutation", applicantName));
        line(sb, text("letter.opening", DeadlineText.day(state.receivedOn()), trackingNo, description));
        String key = "letter.body." + (ground != null ? ground.name() : type.name());
        Object[] args = switch (ground == null ? "" : ground.name()) {
            case "REPEATED" -> new Object[] {repeatOf == null ? "【原申请编号】" : repeatOf};
            case "NO_SUPPLEMENT" -> new Object[] {
                    DeadlineText.day(state.deadline().steps().stream()
                            .filter(s -> s.kind().name().equals("SUPPLEMENT_REQUESTED")).map(s -> s.on())
                            .findFirst().orElse(null)),
                    DeadlineText.day(state.deadline().supplementBy())};
            case "FEE_NOT_PAID" -> new Object[] {DeadlineText.day(state.feeNoticeOn())};
            default -> new Object[0];
        };
        if (ground == ReplyGround.OTHER) {
            key = "letter.body.OTHER";
        }
        line(sb, text(key, args));
        boolean isCountyGovernment = agency.kind() == AgencyKind.GOVERNMENT && agency.parentId() == null;
        line(sb, text("letter.remedies", isCountyGovernment || county == null ? text("letter.reviewBody.parent")
                : county.name()));
        if (agency.phone() != null && !agency.phone().isBlank()) {
            line(sb, text("letter.contact", agency.phone()));
        }
        sb.append('\n');
        line(sb, text("letter.signature", agency.name()));
        line(sb, text("letter.date", DeadlineText.day(today)));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append('\n');
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
