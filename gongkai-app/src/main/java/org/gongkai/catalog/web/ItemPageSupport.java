package org.gongkai.catalog.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Role;
import org.gongkai.core.review.Validity;

/**
 * Which forms the item page offers. This is only a courtesy so that an officer is not shown
 * buttons that cannot work: {@link org.gongkai.catalog.ItemService} decides every request again
 * and its refusal is shown on the page. It mirrors the service's rule that roles count only in the
 * officer's own agency (the county administrator may draft for another agency, nothing more).
 */
final class ItemPageSupport {

    private ItemPageSupport() {
    }

    static Set<Role> rolesFor(Officer officer, long agencyId) {
        if (officer.agencyId() == agencyId) {
            return officer.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(officer.roles());
        }
        return officer.isCountyAdmin() && officer.has(Role.DRAFTER) ? EnumSet.of(Role.DRAFTER) : EnumSet.noneOf(Role.class);
    }

    /** The actions worth offering now, in the order the page shows them. */
    static Set<Action> offered(Officer officer, Item item) {
        Set<Role> roles = rolesFor(officer, item.agencyId());
        Set<Action> actions = new LinkedHashSet<>();
        ItemStatus s = item.status();
        if (s.isEditable() && roles.contains(Role.DRAFTER)) {
            actions.add(Action.EDIT);
            actions.add(Action.SUBMIT);
        }
        if ((s == ItemStatus.IN_REVIEW && roles.contains(Role.REVIEWER))
                || (s == ItemStatus.IN_CONFIDENTIALITY_REVIEW && roles.contains(Role.CONFIDENTIALITY_REVIEWER))) {
            actions.add(Action.APPROVE);
            actions.add(Action.REJECT);
        }
        if (s == ItemStatus.AWAITING_SIGN_OFF && roles.contains(Role.SIGNER)) {
            actions.add(Action.PUBLISH);
            actions.add(Action.REJECT);
        }
        if (s == ItemStatus.PUBLISHED && (roles.contains(Role.SIGNER) || roles.contains(Role.AGENCY_ADMIN))) {
            actions.add(Action.WITHDRAW);
            if (!item.validity().isFinal()) {
                if (item.validity() != Validity.AMENDED) {
                    actions.add(Action.AMEND);
                }
                actions.add(Action.ABOLISH);
                actions.add(Action.EXPIRE);
            }
        }
        return actions;
    }

    /** A 行政规范性文件 without a live 政策解读 needs the signer's 三同步 reason to be published. */
    static boolean needsInterpretationReason(Item item) {
        return item.normative() && item.interpretations().stream().noneMatch(i -> i.status() != ItemStatus.WITHDRAWN);
    }

    /** Candidates for "所解读的政策文件": the agency's policy documents (政策文件 column or normative), not itself. */
    static List<ItemSummary> policyDocuments(List<ItemSummary> recent, Long selfId) {
        return recent.stream()
                .filter(s -> selfId == null || s.id() != selfId)
                .filter(s -> s.normative() || (s.categoryCode() != null && s.categoryCode().startsWith("ZCWJ")))
                .toList();
    }
}
