package org.gongkai.catalog.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.HistoryEntry;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Role;
import org.gongkai.platform.ClockConfig;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 工作台: what waits for the signed-in officer, grouped by review step and oldest first (so nothing
 * lingers unseen), the agency's drafts with the reason each was sent back, and the counts an officer
 * is asked for in the yearly summary. How long an item has waited is the time since its last event,
 * read from its history.
 */
@Controller
class DashboardController {

    /** An item in a work queue and since when it has waited in its step. */
    record QueueRow(ItemSummary item, Instant since) {
    }

    /** A draft and, if it was sent back, the rejection (opinion, who, when). */
    record DraftRow(ItemSummary item, HistoryEntry rejection, Instant changedAt) {
    }

    private static final List<ItemStatus> STEPS =
            List.of(ItemStatus.IN_REVIEW, ItemStatus.IN_CONFIDENTIALITY_REVIEW, ItemStatus.AWAITING_SIGN_OFF);

    private final ItemService items;
    private final PublicCatalog catalog;
    private final Clock clock;

    DashboardController(ItemService items, PublicCatalog catalog, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String dashboard(Officer officer, Model model) {
        Map<ItemStatus, List<QueueRow>> queue = new LinkedHashMap<>();
        for (ItemSummary s : items.workQueue(officer)) {
            List<HistoryEntry> h = items.history(s.id(), officer);
            Instant since = h.isEmpty() ? null : h.get(h.size() - 1).at();
            queue.computeIfAbsent(s.status(), k -> new ArrayList<>()).add(new QueueRow(s, since));
        }
        Map<ItemStatus, List<QueueRow>> ordered = new LinkedHashMap<>();
        for (ItemStatus step : STEPS) {
            if (queue.containsKey(step)) {
                ordered.put(step, queue.get(step));
            }
        }
        model.addAttribute("queue", ordered);
        model.addAttribute("queueSize", ordered.values().stream().mapToInt(List::size).sum());

        List<DraftRow> drafts = new ArrayList<>();
        if (officer.has(Role.DRAFTER)) {
            for (ItemSummary s : items.drafts(officer, 1).content()) {
                drafts.add(draftRow(s, items.history(s.id(), officer)));
            }
        }
        model.addAttribute("drafts", drafts);
        model.addAttribute("isDrafter", officer.has(Role.DRAFTER));

        int year = LocalDate.now(clock.withZone(ClockConfig.ZONE)).getYear();
        Long scope = officer.isCountyAdmin() ? null : officer.agencyId();
        model.addAttribute("year", Integer.toString(year)); // a string, so MessageFormat does not print "2,026"
        model.addAttribute("publishedThisYear", catalog.list(scope, null, year, null, 1, 1).total());
        Map<ItemStatus, Long> counts = new LinkedHashMap<>();
        for (ItemStatus st : ItemStatus.values()) {
            counts.put(st, items.list(officer, null, st, null, 1, 1).total());
        }
        model.addAttribute("counts", counts);
        return "admin/dashboard";
    }

    /** The last rejection counts only if nothing moved the item on since (a later submit clears it). */
    static DraftRow draftRow(ItemSummary s, List<HistoryEntry> history) {
        HistoryEntry rejection = null;
        for (HistoryEntry e : history) {
            if (e.action() == Action.REJECT) {
                rejection = e;
            } else if (e.action() == Action.SUBMIT || e.action() == Action.PUBLISH) {
                rejection = null;
            }
        }
        Instant changed = history.isEmpty() ? null : history.get(history.size() - 1).at();
        return new DraftRow(s, rejection, changed);
    }
}
