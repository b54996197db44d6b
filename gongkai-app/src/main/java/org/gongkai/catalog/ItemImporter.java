package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.catalog.internal.CategoryRepository;
import org.gongkai.catalog.internal.HtmlSanitizer;
import org.gongkai.catalog.internal.IndexNumbers;
import org.gongkai.catalog.internal.ItemRepository;
import org.gongkai.core.code.IndexNumber;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemEvent;
import org.gongkai.core.review.ItemLifecycle;
import org.gongkai.core.review.ItemState;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ClockConfig;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in items that were published before the platform existed, with their real dates. Each
 * item gets the full review history (created, submitted, reviewed, confidentiality-reviewed,
 * signed) by the agency's signatories, so its status is derived from events like any other item and
 * the rule "state = what the events say" holds for imported data too. The caller re-indexes search.
 */
@Service
public class ItemImporter {

    private final ItemRepository items;
    private final CategoryRepository categories;
    private final IndexNumbers indexNumbers;
    private final HtmlSanitizer sanitizer;
    private final AgencyService agencies;

    public ItemImporter(ItemRepository items, CategoryRepository categories, IndexNumbers indexNumbers,
                        HtmlSanitizer sanitizer, AgencyService agencies) {
        this.items = items;
        this.categories = categories;
        this.indexNumbers = indexNumbers;
        this.sanitizer = sanitizer;
        this.agencies = agencies;
    }

    /**
     * Imports a batch in one transaction; returns the ids in batch order. A 解读 points at its policy
     * document either by {@code interpretsIndex} (position in this batch) or, for a document imported
     * earlier, by the draft's {@code interpretsId}. Rows are written with JDBC batches: a county's whole
     * history (a million items in the benchmark) must load in minutes, not hours.
     */
    @Transactional
    public List<Long> importPublished(List<ImportedItem> batch, Function<String, Signatories> signatoriesOf) {
        Map<String, Integer> nextSerial = new HashMap<>();
        Map<String, Integer> needed = new HashMap<>();
        for (ImportedItem it : batch) {
            needed.merge(it.agencyCode() + "|" + it.publishedOn().getYear(), 1, Integer::sum);
        }
        for (var e : needed.entrySet()) {
            String[] parts = e.getKey().split("\\|");
            Agency a = agencies.requireByCode(parts[0]);
            nextSerial.put(e.getKey(), indexNumbers.reserve(a.id(), Integer.parseInt(parts[1]), e.getValue()));
        }
        List<ItemRepository.NewImportedRow> rows = new ArrayList<>(batch.size());
        List<List<ItemEvent>> histories = new ArrayList<>(batch.size());
        for (ImportedItem it : batch) {
            Agency agency = agencies.requireByCode(it.agencyCode());
            ItemDraft d = it.draft();
            Category category = categories.find(agency.id(), d.categoryCode())
                    .orElseThrow(() -> new BadInputException("category", "item.category.notFound", d.categoryCode()));
            String key = it.agencyCode() + "|" + it.publishedOn().getYear();
            int serial = nextSerial.merge(key, 1, Integer::sum) - 1;
            String indexNo = new IndexNumber(agency.code(), it.publishedOn().getYear(), serial).toString();
            Signatories s = signatoriesOf.apply(it.agencyCode());
            List<ItemEvent> events = history(it, s);
            ItemState state = ItemLifecycle.replay(events);
            ItemDraft clean = new ItemDraft(d.categoryCode(), d.title(), d.docNo(), d.writtenOn(), d.topic(), d.genre(),
                    d.normative(), d.validFrom(), d.validUntil(),
                    d.disclosureMethod() == null ? ItemService.DEFAULT_METHOD : d.disclosureMethod(),
                    d.disclosureScope() == null ? ItemService.DEFAULT_SCOPE : d.disclosureScope(), d.summary(),
                    sanitizer.sanitize(d.bodyHtml()), it.interpretsIndex() == null ? d.interpretsId() : null);
            rows.add(new ItemRepository.NewImportedRow(agency.id(), category.id(), indexNo, clean, s.drafterId(), state,
                    it.publishedOn(), events.get(0).at(), events.get(events.size() - 1).at()));
            histories.add(events);
        }
        List<Long> ids = items.insertImported(rows);
        items.appendAll(ids, histories);
        List<long[]> links = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Integer ref = batch.get(i).interpretsIndex();
            if (ref != null && ref >= 0 && ref < i) {
                links.add(new long[] {ids.get(i), ids.get(ref)});
            }
        }
        items.linkInterpretations(links);
        return ids;
    }

    private static List<ItemEvent> history(ImportedItem it, Signatories s) {
        LocalDate written = it.draft().writtenOn() == null ? it.publishedOn() : it.draft().writtenOn();
        LocalDate published = it.publishedOn();
        List<ItemEvent> events = new ArrayList<>();
        events.add(new ItemEvent(Action.CREATE, s.drafterId(), s.drafterName(), null, null, at(written, 9), null));
        events.add(new ItemEvent(Action.SUBMIT, s.drafterId(), s.drafterName(), null, null, at(written, 10), null));
        events.add(new ItemEvent(Action.APPROVE, s.reviewerId(), s.reviewerName(), ItemStatus.IN_REVIEW, "同意",
                at(published, 8), null));
        events.add(new ItemEvent(Action.APPROVE, s.confidentialityReviewerId(), s.confidentialityReviewerName(),
                ItemStatus.IN_CONFIDENTIALITY_REVIEW, "经审查，不涉及国家秘密、商业秘密和个人隐私，同意公开", at(published, 9), null));
        events.add(new ItemEvent(Action.PUBLISH, s.signerId(), s.signerName(), ItemStatus.AWAITING_SIGN_OFF, "同意发布",
                at(published, 10), null));
        if (it.validity() != null && it.validity() != Validity.VALID) {
            LocalDate on = it.validityChangedOn() == null ? published : it.validityChangedOn();
            Action a = switch (it.validity()) {
                case ABOLISHED -> Action.ABOLISH;
                case AMENDED -> Action.AMEND;
                default -> Action.EXPIRE;
            };
            String why = switch (a) {
                case ABOLISH -> "经清理，决定废止";
                case AMEND -> "已由新文件修订";
                default -> "有效期已届满";
            };
            events.add(new ItemEvent(a, s.signerId(), s.signerName(), null, why, at(on, 11), on));
        }
        return events;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ClockConfig.ZONE).toInstant();
    }
}
