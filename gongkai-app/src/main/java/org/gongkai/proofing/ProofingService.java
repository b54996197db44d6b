package org.gongkai.proofing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.ReviewGate.ItemUnderReview;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.proofing.internal.EngineHolder;
import org.gongkai.proofing.internal.ProofRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proofreading for the platform: checks texts and items with the engine in force and the agency's
 * whitelist, stores runs, and keeps the agency whitelists. The engine itself is gongkai-core's; this
 * service adds who may do what and what is remembered.
 */
@Service
public class ProofingService {

    public static final int MAX_TEXT = 2_000_000;
    public static final int MAX_TERM = 100;

    private final ProofRepository repository;
    private final EngineHolder engine;
    private final ItemService items;
    private final AttachmentChecker attachments;
    private final Clock clock;
    private final Cache<PreviewKey, List<ProofRun.StoredFinding>> previews = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    public ProofingService(ProofRepository repository, EngineHolder engine, ItemService items,
                           AttachmentChecker attachments, Clock clock) {
        this.repository = repository;
        this.engine = engine;
        this.items = items;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Checks a text as {@code by}'s agency would (its whitelist applies). */
    public List<Finding> proofread(String text, LocalDate date, Officer by) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("text", "proof.text.required");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadInputException("text", "proof.text.tooLong", MAX_TEXT);
        }
        return engine.current().check(text, context(by.agencyId(), date));
    }

    /** Checks an uploaded document (text, .docx, .xlsx, .pdf, .doc, .xls), hidden content included. */
    public List<Finding> proofreadFile(String fileName, byte[] content, LocalDate date, Officer by) {
        return attachments.check(engine.current(), fileName, content, context(by.agencyId(), date));
    }

    /**
     * Checks an item's current title, 文号, summary, body and attachments; the findings are not stored. The item page
     * of an item in review shows this on every view, and reading the attachments again each time cost a reviewer
     * seconds per page for large files: a result is kept while the item's content (attachments included: their
     * stored names are content hashes), the engine (county rules), the agency's whitelist and the date judged by are
     * the same.
     */
    public ProofRun preview(ItemUnderReview item) {
        EngineHolder.Engine e = engine.engine();
        ProofContext ctx = context(item.agencyId(), item.documentDate());
        PreviewKey key = new PreviewKey(item.id(), hash(item), e.generation(), ctx.documentDate(), ctx.whitelist());
        List<ProofRun.StoredFinding> found = previews.get(key, k -> List.copyOf(findings(item, e.proofreader(), ctx)));
        return new ProofRun(0, item.id(), "PREVIEW", clock.instant(), 0, 0, 0, List.of(), null, null, null)
                .withFindings(found);
    }

    /** What a preview depends on. */
    private record PreviewKey(long itemId, String contentHash, long engineGeneration, LocalDate date, Set<String> whitelist) {
    }

    /** Previews kept (for tests). */
    long previewsKept() {
        previews.cleanUp();
        return previews.estimatedSize();
    }

    /** Checks an item and stores the run (submission, sign-off, scan). */
    @Transactional
    public ProofRun checkAndStore(ItemUnderReview item, String phase, Long scanId) {
        List<ProofRun.StoredFinding> found = findings(item);
        int block = count(found, Severity.BLOCK);
        int warn = count(found, Severity.WARN);
        int info = count(found, Severity.INFO);
        long runId = repository.insertRun(item.id(), item.agencyId(), phase, clock.instant(), hash(item), block, warn,
                info, scanId);
        for (ProofRun.StoredFinding f : found) {
            repository.insertFinding(runId, f);
        }
        return repository.run(runId);
    }

    /** Records the signer's reason to publish despite BLOCK findings, with the run it overrides. */
    @Transactional
    public void recordOverride(long runId, String reason, Officer by) {
        repository.insertOverride(runId, reason, by.displayName(), clock.instant());
    }

    /** The latest stored run of an item the officer may see. */
    public Optional<ProofRun> latest(long itemId, Officer by) {
        items.get(itemId, by);
        return repository.latest(itemId);
    }

    /** The latest stored run of a phase (the 审批单 shows the sign-off check). */
    public Optional<ProofRun> latest(long itemId, String phase, Officer by) {
        items.get(itemId, by);
        return repository.latest(itemId, phase);
    }

    // ------------------------------------------------------------------ whitelist

    public List<String> whitelist(long agencyId, Officer by) {
        requireWhitelistAccess(agencyId, by);
        return repository.whitelist(agencyId);
    }

    @Transactional
    public void addTerm(long agencyId, String term, Officer by) {
        requireWhitelistAccess(agencyId, by);
        String t = term == null ? "" : term.strip();
        if (t.isEmpty()) {
            throw new BadInputException("term", "proof.term.required");
        }
        if (t.length() > MAX_TERM) {
            throw new BadInputException("term", "proof.term.tooLong", MAX_TERM);
        }
        repository.addTerm(agencyId, t, by.displayName(), clock.instant());
    }

    @Transactional
    public void removeTerm(long agencyId, String term, Officer by) {
        requireWhitelistAccess(agencyId, by);
        repository.removeTerm(agencyId, term == null ? "" : term.strip());
    }

    private static void requireWhitelistAccess(long agencyId, Officer by) {
        if (!(by.isCountyAdmin() || (by.agencyId() == agencyId && (by.has(Role.AGENCY_ADMIN) || by.has(Role.SIGNER)
                || by.has(Role.REVIEWER))))) {
            throw new ForbiddenException("proof.whitelist.forbidden");
        }
    }

    // ------------------------------------------------------------------ helpers

    ProofContext context(long agencyId, LocalDate date) {
        return new ProofContext(date == null ? LocalDate.now(clock) : date, new HashSet<>(repository.whitelist(agencyId)));
    }

    List<ProofRun.StoredFinding> findings(ItemUnderReview item) {
        return findings(item, engine.current(), context(item.agencyId(), item.documentDate()));
    }

    private List<ProofRun.StoredFinding> findings(ItemUnderReview item, Proofreader p, ProofContext ctx) {
        List<ProofRun.StoredFinding> out = new ArrayList<>();
        add(out, "TITLE", p.check(item.title(), ctx));
        if (item.docNo() != null) {
            add(out, "DOC_NO", p.check(item.docNo(), ctx));
        }
        if (item.summary() != null) {
            add(out, "SUMMARY", p.check(item.summary(), ctx));
        }
        add(out, "BODY", p.check(ItemText.of(item.bodyHtml()), ctx));
        for (var a : item.attachments()) {
            add(out, "ATTACHMENT:" + a.fileName(), attachments.check(p, a, ctx));
        }
        return out;
    }

    private static void add(List<ProofRun.StoredFinding> out, String part, List<Finding> findings) {
        for (Finding f : findings) {
            out.add(new ProofRun.StoredFinding(part, f.location(), f.start(), f.end(), f.category().name(),
                    f.severity().name(), f.text(), f.suggestion(), f.message(), f.rule()));
        }
    }

    private static int count(List<ProofRun.StoredFinding> found, Severity s) {
        return (int) found.stream().filter(f -> f.severity().equals(s.name())).count();
    }

    private static String hash(ItemUnderReview item) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {item.title(), item.docNo(), item.summary(), item.bodyHtml()}) {
                sha.update((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            item.attachments().forEach(a -> sha.update(a.path().getFileName().toString().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
