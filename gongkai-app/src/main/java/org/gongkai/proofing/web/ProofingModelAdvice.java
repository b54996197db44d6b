package org.gongkai.proofing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemService;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.platform.GongkaiException;
import org.gongkai.proofing.ItemText;
import org.gongkai.proofing.ProofRun;
import org.gongkai.proofing.ProofingService;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the proofreading result on the catalogue's item page and 审批单 (rendered by the catalogue module,
 * which does not depend on this one): for an item not yet published, a live check of its current text
 * (what the reviewer and signer must see); for a published one, its last stored check (sign-off or
 * scan), with the signer's override reason if there was one.
 */
@ControllerAdvice
class ProofingModelAdvice {

    private static final Pattern ITEM_PAGE = Pattern.compile("^/admin/items/(\\d+)(/approval-sheet)?$");

    private final ProofingService proofing;
    private final ItemService items;

    ProofingModelAdvice(ProofingService proofing, ItemService items) {
        this.proofing = proofing;
        this.items = items;
    }

    /** What the item page shows: the run and the body text the offsets refer to. */
    record ProofPanel(ProofRun run, String bodyText, boolean live, boolean sheet) {
    }

    @ModelAttribute("proofPanel")
    @Nullable
    ProofPanel panel(@Nullable Officer officer, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = ITEM_PAGE.matcher(path);
        if (officer == null || !m.matches()) {
            return null;
        }
        long id = Long.parseLong(m.group(1));
        boolean sheet = m.group(2) != null;
        try {
            Item item = items.get(id, officer);
            String body = ItemText.of(item.bodyHtml());
            if (sheet) {
                return proofing.latest(id, "SIGN_OFF", officer).map(r -> new ProofPanel(r, body, false, true)).orElse(null);
            }
            if (item.status() == ItemStatus.PUBLISHED || item.status() == ItemStatus.WITHDRAWN) {
                return proofing.latest(id, officer).map(r -> new ProofPanel(r, body, false, false)).orElse(null);
            }
            return new ProofPanel(proofing.preview(items.underReview(id, officer)), body, true, false);
        } catch (GongkaiException e) {
            return null; // not found or not allowed: the page itself answers that
        }
    }
}
