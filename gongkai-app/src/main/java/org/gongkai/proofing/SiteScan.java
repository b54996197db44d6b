package org.gongkai.proofing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.proofing.internal.ProofRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The site-wide re-check of everything published (rules change, lists grow): a background job that
 * walks published items in id order, stores a run per item under the scan, and shows its progress. It
 * resumes where it stopped after a restart, and runs on a schedule (weekly by default). The county sees
 * a report by agency with links to each item's findings.
 */
@Service
public class SiteScan {

    private static final Logger log = LoggerFactory.getLogger(SiteScan.class);
    static final int BATCH = 200;

    private final ProofRepository repository;
    private final ProofingService proofing;
    private final PublicCatalog catalog;
    private final AgencyService agencies;
    /** One scan at a time, on its own daemon thread so it never holds up shutdown or web requests. */
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "proofreading-scan");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    public SiteScan(ProofRepository repository, ProofingService proofing, PublicCatalog catalog, AgencyService agencies,
                    Clock clock) {
        this.repository = repository;
        this.proofing = proofing;
        this.catalog = catalog;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Starts a scan in the background (county administrator); refused while one runs. */
    public long start(Officer by) {
        if (!by.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
        return startAs(by.displayName());
    }

    /** The scheduled scan (weekly by default; {@code gongkai.proofing.scan-cron}). */
    @Scheduled(cron = "${gongkai.proofing.scan-cron:0 0 2 * * SUN}", zone = "Asia/Shanghai")
    public void scheduled() {
        if (!running.get()) {
            startAs("系统（定时）");
        }
    }

    /** Resumes an unfinished scan after a restart. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void resume() {
        repository.latestScan().filter(s -> "RUNNING".equals(s.status())).ifPresent(s -> {
            if (running.compareAndSet(false, true)) {
                executor.execute(() -> walk(s.id(), s.done(), s.lastItemId()));
            }
        });
    }

    synchronized long startAs(String who) {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("proof.scan.running");
        }
        long id;
        try {
            id = repository.startScan((int) catalog.countPublished(), who, clock.instant());
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        executor.execute(() -> walk(id, 0, 0));
        return id;
    }

    /** Runs a scan to the end in the calling thread (tests, the command line). */
    public long runNow(String who) {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("proof.scan.running");
        }
        long id = repository.startScan((int) catalog.countPublished(), who, clock.instant());
        walk(id, 0, 0);
        return id;
    }

    private void walk(long scanId, int done, long afterId) {
        int n = done;
        long last = afterId;
        try {
            while (true) {
                List<Long> ids = catalog.publishedIdsAfter(last, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                for (long id : ids) {
                    try {
                        catalog.forCheck(id).ifPresent(item -> proofing.checkAndStore(item, "SCAN", scanId));
                    } catch (RuntimeException e) {
                        // one unreadable item must not stop the county's scan; it is logged by id only
                        log.warn("Proofreading scan {}: item {} could not be checked: {}", scanId, id, e.getClass().getSimpleName());
                    }
                    n++;
                    last = id;
                }
                repository.scanProgress(scanId, n, last);
            }
            repository.finishScan(scanId, clock.instant(), "DONE");
            log.info("Proofreading scan {} finished: {} items", scanId, n);
        } catch (RuntimeException e) {
            repository.finishScan(scanId, clock.instant(), "FAILED");
            log.error("Proofreading scan {} failed after {} items", scanId, n, e);
        } finally {
            running.set(false);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    public Optional<ProofRepository.Scan> latest() {
        return repository.latestScan();
    }

    /** The report of the latest scan: per agency, items checked and items with findings, worst first. */
    public List<AgencyReport> report(Officer by) {
        if (!by.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
        Optional<ProofRepository.Scan> scan = repository.latestScan();
        if (scan.isEmpty()) {
            return List.of();
        }
        Map<Long, Agency> byId = new HashMap<>();
        agencies.all().forEach(a -> byId.put(a.id(), a));
        List<AgencyReport> out = new ArrayList<>();
        for (long[] r : repository.scanByAgency(scan.get().id())) {
            Agency a = byId.get(r[0]);
            List<ItemHit> hits = repository.scanRunsWithFindings(scan.get().id(), r[0], 20).stream()
                    .map(x -> new ItemHit(x[1], (int) x[2], (int) x[3])).toList();
            out.add(new AgencyReport(a == null ? "" : a.code(), a == null ? "" : a.name(), r[1], r[2], r[3], r[4], hits));
        }
        out.sort((x, y) -> Long.compare(y.itemsWithBlock() * 100_000 + y.itemsWithWarn(),
                x.itemsWithBlock() * 100_000 + x.itemsWithWarn()));
        return out;
    }

    public record AgencyReport(String agencyCode, String agencyName, long checked, long itemsWithBlock,
                               long itemsWithWarn, long findings, List<ItemHit> worst) {
    }

    public record ItemHit(long itemId, int block, int warn) {
    }
}
