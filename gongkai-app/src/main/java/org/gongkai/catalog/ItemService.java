package org.gongkai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.internal.AttachmentStore;
import org.gongkai.catalog.internal.CategoryRepository;
import org.gongkai.catalog.internal.HtmlSanitizer;
import org.gongkai.catalog.internal.IndexNumbers;
import org.gongkai.catalog.internal.ItemRepository;
import org.gongkai.catalog.internal.ItemRepository.Row;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemEvent;
import org.gongkai.core.review.ItemLifecycle;
import org.gongkai.core.review.ItemState;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Role;
import org.gongkai.core.review.WorkflowRefusal;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, editing and the review chain of items, and reading them for the back office. Every
 * change is one transaction: the item row, its new event and the module events either all happen or
 * none does. Agency isolation is enforced here for the web pages and the API alike: an officer of
 * another agency gets "not found" for an item that is not theirs (only the county role sees all).
 */
@Service
public class ItemService {

    public static final String DEFAULT_METHOD = "主动公开";
    public static final String DEFAULT_SCOPE = "面向全社会";

    private final ItemRepository items;
    private final CategoryRepository categories;
    private final IndexNumbers indexNumbers;
    private final AttachmentStore attachments;
    private final HtmlSanitizer sanitizer;
    private final AgencyService agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Looked up when a step runs: the gates depend on this service in turn (they read items). */
    private final org.springframework.beans.factory.ObjectProvider<ReviewGate> gates;

    public ItemService(ItemRepository items, CategoryRepository categories, IndexNumbers indexNumbers,
                       AttachmentStore attachments, HtmlSanitizer sanitizer, AgencyService agencies,
                       ApplicationEventPublisher events, Clock clock,
                       org.springframework.beans.factory.ObjectProvider<ReviewGate> gates) {
        this.items = items;
        this.categories = categories;
        this.indexNumbers = indexNumbers;
        this.attachments = attachments;
        this.sanitizer = sanitizer;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
        this.gates = gates;
    }

    // ---------------------------------------------------------------- writing

    /** Creates a draft in {@code agencyCode}'s catalogue; the 索引号 is allocated now and never changes. */
    @Transactional
    public Item create(String agencyCode, ItemDraft draft, Officer by) {
        Agency agency = agencies.byCode(agencyCode == null || agencyCode.isBlank() ? by.agencyCode() : agencyCode)
                .orElseThrow(() -> new BadInputException("agency", "agency.notFound", agencyCode));
        if (!by.canAccess(agency.id())) {
            throw new NotFoundException("agency.notFound", agencyCode);
        }
        Instant now = clock.instant();
        ItemEvent created = decide(List.of(), agency.id(), by, ItemLifecycle.Request.of(Action.CREATE, null));
        ItemDraft d = normalise(draft, agency.id(), null);
        long categoryId = categoryOf(agency.id(), d.categoryCode()).id();
        String indexNo = indexNumbers.next(agency.id(), agency.code(), LocalDate.now(clock).getYear()).toString();
        long id = items.insert(agency.id(), categoryId, indexNo, d, sanitizer.sanitize(d.bodyHtml()), by.id(), now);
        items.append(id, created);
        return get(id, by);
    }

    /**
     * Saves an officer's edits. {@code version} is the version the officer started from: if someone
     * else saved in between, the edit is refused instead of silently overwriting theirs.
     */
    @Transactional
    public Item update(long id, ItemDraft draft, Integer version, Officer by) {
        Row row = accessible(items.lock(id), by);
        List<ItemEvent> history = items.events(id);
        ItemEvent edited = decide(history, row.agencyId(), by, ItemLifecycle.Request.of(Action.EDIT, null));
        ItemDraft d = normalise(draft, row.agencyId(), id);
        long categoryId = categoryOf(row.agencyId(), d.categoryCode()).id();
        if (!items.update(id, categoryId, d, sanitizer.sanitize(d.bodyHtml()), version == null ? row.version() : version,
                clock.instant())) {
            throw new ConflictException("item.changedMeanwhile");
        }
        items.append(id, edited);
        return get(id, by);
    }

    /** Applies a step of the review chain or a change after publication (see {@link ItemLifecycle}). */
    @Transactional
    public Item transition(long id, Transition t, Officer by) {
        if (t == null || t.action() == null) {
            throw new BadInputException("action", "item.action.unknown", "");
        }
        if (t.action() == Action.CREATE || t.action() == Action.EDIT) {
            throw new BadInputException("action", "item.action.unknown", t.action().name().toLowerCase());
        }
        Row row = accessible(items.lock(id), by);
        List<ItemEvent> history = items.events(id);
        boolean missingInterpretation = t.action() == Action.PUBLISH && row.normative() && !items.hasLiveInterpretation(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate effectiveOn = switch (t.action()) {
            case ABOLISH, AMEND, EXPIRE -> t.effectiveOn() == null ? today : t.effectiveOn();
            default -> null;
        };
        Long replacedBy = null;
        if (t.replacedByIndexNo() != null && !t.replacedByIndexNo().isBlank()
                && (t.action() == Action.ABOLISH || t.action() == Action.AMEND)) {
            replacedBy = items.idByIndexNo(t.replacedByIndexNo().strip())
                    .orElseThrow(() -> new BadInputException("replacedByIndexNo", "item.replacedBy.notFound", t.replacedByIndexNo()));
            if (replacedBy == id) {
                throw new BadInputException("replacedByIndexNo", "item.replacedBy.self");
            }
        }
        ItemEvent event = decide(history, row.agencyId(), by, new ItemLifecycle.Request(t.action(), t.opinion(), effectiveOn,
                missingInterpretation, t.noInterpretationReason()));
        if (t.action() == Action.SUBMIT || t.action() == Action.PUBLISH) {
            ReviewGate.ItemUnderReview underReview = underReview(row);
            gates.orderedStream().forEach(gate -> gate.beforeStep(underReview, t.action(), t.proofOverrideReason(), by));
        }
        items.append(id, event);
        if (replacedBy != null) {
            items.setReplacedBy(id, replacedBy);
        }
        List<ItemEvent> all = new ArrayList<>(history);
        all.add(event);
        ItemState state = ItemLifecycle.replay(all);
        items.project(id, state, publishedOn(row, state), clock.instant());
        switch (t.action()) {
            case PUBLISH -> events.publishEvent(new ItemPublished(id, row.agencyCode()));
            case WITHDRAW -> events.publishEvent(new ItemWithdrawn(id, row.agencyCode()));
            case ABOLISH, AMEND, EXPIRE -> events.publishEvent(new ItemValidityChanged(id, row.agencyCode(), state.validity()));
            default -> { }
        }
        return get(id, by);
    }

    /**
     * Marks 已失效 every published item whose 有效期 has passed; run daily and at start-up. Each item is
     * its own small change, recorded as an event by the system.
     */
    @Transactional
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (long id : items.pastValidity(today)) {
            Row row = items.lock(id).orElseThrow();
            List<ItemEvent> history = items.events(id);
            ItemEvent e = ItemLifecycle.expireIfPast(history, row.validUntil(), today, clock.instant());
            if (e == null) {
                continue;
            }
            items.append(id, e);
            List<ItemEvent> all = new ArrayList<>(history);
            all.add(e);
            ItemState state = ItemLifecycle.replay(all);
            items.project(id, state, publishedOn(row, state), clock.instant());
            events.publishEvent(new ItemValidityChanged(id, row.agencyCode(), state.validity()));
            n++;
        }
        return n;
    }

    @Transactional
    public AttachmentInfo addAttachment(long itemId, String fileName, byte[] content, Officer by) {
        Row row = accessible(items.lock(itemId), by);
        decide(items.events(itemId), row.agencyId(), by, ItemLifecycle.Request.of(Action.EDIT, null));
        return attachments.store(itemId, fileName, content, by.id(), clock.instant());
    }

    @Transactional
    public void removeAttachment(long itemId, long attachmentId, Officer by) {
        Row row = accessible(items.lock(itemId), by);
        decide(items.events(itemId), row.agencyId(), by, ItemLifecycle.Request.of(Action.EDIT, null));
        attachments.find(itemId, attachmentId).orElseThrow(() -> new NotFoundException("attachment.notFound"));
        attachments.delete(itemId, attachmentId);
    }

    private ReviewGate.ItemUnderReview underReview(Row row) {
        List<ReviewGate.AttachmentFile> files = attachments.forItem(row.id()).stream()
                .map(a -> new ReviewGate.AttachmentFile(a.id(), a.fileName(), a.mediaType(), attachments.path(a.sha256())))
                .toList();
        return new ReviewGate.ItemUnderReview(row.id(), row.agencyId(), row.indexNo(), row.title(), row.docNo(),
                row.summary(), row.bodyHtml(), row.writtenOn() != null ? row.writtenOn() : LocalDate.now(clock), files);
    }

    /** The item as the review gates see it (also for re-checking published items). */
    public ReviewGate.ItemUnderReview underReview(long id, Officer by) {
        return underReview(accessible(items.find(id), by));
    }

    // ---------------------------------------------------------------- reading (back office)

    public Item get(long id, Officer by) {
        return toItem(accessible(items.find(id), by), false);
    }

    public List<HistoryEntry> history(long id, Officer by) {
        accessible(items.find(id), by);
        return items.history(id);
    }

    /** The back-office list: an officer's own agency (or any, for the county), optionally by status. */
    public Page<ItemSummary> list(Officer by, String agencyCode, ItemStatus status, String q, int page, int size) {
        Long agencyId = by.isCountyAdmin() ? null : by.agencyId();
        if (agencyCode != null && !agencyCode.isBlank()) {
            Agency a = agencies.byCode(agencyCode).filter(x -> by.canAccess(x.id()))
                    .orElseThrow(() -> new NotFoundException("agency.notFound", agencyCode));
            agencyId = a.id();
        }
        return items.page(new ItemRepository.Filter(agencyId, status == null ? null : List.of(status), null, null, null, q, false),
                page, size);
    }

    /** What waits for this officer: items of its agency in a step that one of its roles acts on. */
    public List<ItemSummary> workQueue(Officer by) {
        List<ItemStatus> steps = new ArrayList<>();
        for (ItemStatus s : List.of(ItemStatus.IN_REVIEW, ItemStatus.IN_CONFIDENTIALITY_REVIEW, ItemStatus.AWAITING_SIGN_OFF)) {
            if (by.has(ItemLifecycle.roleFor(s))) {
                steps.add(s);
            }
        }
        return items.inSteps(by.agencyId(), steps, 200);
    }

    /** The officer's drafts and items sent back to them. */
    public Page<ItemSummary> drafts(Officer by, int page) {
        return items.page(new ItemRepository.Filter(by.agencyId(), List.of(ItemStatus.DRAFT, ItemStatus.WITHDRAWN), null, null,
                null, null, false), page, 50);
    }

    public Optional<AttachmentInfo> attachment(long itemId, long attachmentId, Officer by) {
        accessible(items.find(itemId), by);
        return attachments.find(itemId, attachmentId);
    }

    public java.nio.file.Path attachmentPath(AttachmentInfo a) {
        return attachments.path(a.sha256());
    }

    // ---------------------------------------------------------------- internals

    private Row accessible(Optional<Row> row, Officer by) {
        Row r = row.orElseThrow(() -> new NotFoundException("item.notFound"));
        if (!by.canAccess(r.agencyId())) {
            // do not reveal that another agency's item exists
            throw new NotFoundException("item.notFound");
        }
        return r;
    }

    private ItemEvent decide(List<ItemEvent> history, long agencyId, Officer by, ItemLifecycle.Request request) {
        Set<Role> roles = by.agencyId() == agencyId ? by.roles()
                : by.has(Role.DRAFTER) && by.isCountyAdmin() ? EnumSet.of(Role.DRAFTER) : EnumSet.noneOf(Role.class);
        try {
            return ItemLifecycle.decide(history, new ItemLifecycle.Actor(by.id(), by.displayName(), roles), request,
                    clock.instant());
        } catch (WorkflowRefusal r) {
            throw switch (r.reason()) {
                case ROLE_REQUIRED -> new ForbiddenException("workflow.ROLE_REQUIRED", roleLabelKey(r.requiredRole()));
                case SAME_PERSON_TWICE -> new ForbiddenException("workflow.SAME_PERSON_TWICE");
                case OPINION_REQUIRED -> new BadInputException("opinion", "workflow.OPINION_REQUIRED");
                case INTERPRETATION_REQUIRED -> new BadInputException("noInterpretationReason", "workflow.INTERPRETATION_REQUIRED");
                default -> new ConflictException("workflow." + r.reason().name(),
                        "status." + ItemLifecycle.replay(history).status().name());
            };
        }
    }

    private static String roleLabelKey(Role role) {
        return role == null ? "" : "role." + role.name();
    }

    private static LocalDate publishedOn(Row row, ItemState state) {
        if (state.firstPublishedAt() == null) {
            return null;
        }
        return row.publishedOn() != null ? row.publishedOn()
                : LocalDate.ofInstant(state.firstPublishedAt(), org.gongkai.platform.ClockConfig.ZONE);
    }

    private Category categoryOf(long agencyId, String code) {
        Category c = categories.find(agencyId, code)
                .orElseThrow(() -> new BadInputException("category", "item.category.notFound", code));
        return c;
    }

    /** Checks a draft and fills defaults; names the field of the first problem. */
    private ItemDraft normalise(ItemDraft d, long agencyId, Long selfId) {
        if (d == null) {
            throw new BadInputException("title", "error.required.named", "title");
        }
        String title = strip(d.title());
        if (title == null) {
            throw new BadInputException("title", "error.required.named", "title");
        }
        if (title.length() > 300) {
            throw new BadInputException("title", "error.tooLong", 300);
        }
        if (strip(d.categoryCode()) == null) {
            throw new BadInputException("category", "error.required.named", "category");
        }
        String docNo = strip(d.docNo());
        if (docNo != null && docNo.length() > 100) {
            throw new BadInputException("docNo", "error.tooLong", 100);
        }
        LocalDate today = LocalDate.now(clock);
        if (d.writtenOn() != null && d.writtenOn().isAfter(today)) {
            throw new BadInputException("writtenOn", "item.writtenOn.future");
        }
        if (d.validFrom() != null && d.validUntil() != null && d.validUntil().isBefore(d.validFrom())) {
            throw new BadInputException("validUntil", "item.validUntil.beforeFrom");
        }
        String summary = strip(d.summary());
        if (summary != null && summary.length() > 2000) {
            throw new BadInputException("summary", "error.tooLong", 2000);
        }
        if (d.bodyHtml() != null && d.bodyHtml().length() > 900_000) {
            throw new BadInputException("body", "error.tooLong", 900_000);
        }
        if (strip(d.topic()) != null && d.topic().strip().length() > 100) {
            throw new BadInputException("topic", "error.tooLong", 100);
        }
        if (strip(d.genre()) != null && d.genre().strip().length() > 40) {
            throw new BadInputException("genre", "error.tooLong", 40);
        }
        Long interprets = d.interpretsId();
        if (interprets != null) {
            Row policy = items.find(interprets).filter(r -> r.agencyId() == agencyId)
                    .orElseThrow(() -> new BadInputException("interpretsId", "item.interprets.notFound", interprets));
            if (selfId != null && policy.id() == selfId) {
                throw new BadInputException("interpretsId", "item.interprets.self");
            }
        }
        String method = strip(d.disclosureMethod()) == null ? DEFAULT_METHOD : d.disclosureMethod().strip();
        String scope = strip(d.disclosureScope()) == null ? DEFAULT_SCOPE : d.disclosureScope().strip();
        if (method.length() > 40) {
            throw new BadInputException("disclosureMethod", "error.tooLong", 40);
        }
        if (scope.length() > 60) {
            throw new BadInputException("disclosureScope", "error.tooLong", 60);
        }
        return new ItemDraft(d.categoryCode().strip(), title, docNo, d.writtenOn(), strip(d.topic()), strip(d.genre()),
                d.normative(), d.validFrom(), d.validUntil(), method, scope, summary, d.bodyHtml(), interprets);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Item toItem(Row r, boolean publicView) {
        ItemSummary replacedBy = r.replacedById() == null ? null : items.summary(r.replacedById())
                .filter(s -> !publicView || s.status() == ItemStatus.PUBLISHED).orElse(null);
        ItemSummary interprets = r.interpretsId() == null ? null : items.summary(r.interpretsId())
                .filter(s -> !publicView || s.status() == ItemStatus.PUBLISHED).orElse(null);
        return new Item(r.id(), r.indexNo(), r.title(), r.docNo(), r.agencyId(), r.agencyCode(), r.agencyName(),
                r.categoryCode(), r.categoryName(), r.writtenOn(), r.publishedOn(), r.topic(), r.genre(), r.normative(),
                r.validFrom(), r.validUntil(), r.validity(), r.validityChangedOn(), replacedBy, r.disclosureMethod(),
                r.disclosureScope(), r.summary(), r.bodyHtml(), r.status(), r.interpretsId(), interprets,
                items.interpretationsOf(r.id(), publicView), attachments.forItem(r.id()), r.createdAt(), r.updatedAt(),
                r.version());
    }
}
