package org.gongkai.search.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.catalog.ItemPublished;
import org.gongkai.catalog.ItemValidityChanged;
import org.gongkai.catalog.ItemWithdrawn;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.PublishedItem;
import org.gongkai.search.IndexMaintenance;
import org.gongkai.search.IndexedItem;
import org.gongkai.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with publishing. The catalogue's events are stored in Modulith's JDBC
 * publication registry, so an event whose indexing did not complete (crash, full disk) is retried on
 * the next start; and at start-up the index is rebuilt from the database when its size disagrees
 * with the number of published items (first start, a lost index directory, an import), unless
 * {@code gongkai.search.rebuild-on-start=false} (GONGKAI_SEARCH_REBUILD_ON_START; e.g. a benchmark that
 * loads a county with SQL and does not search).
 */
@Component
public class CatalogIndexer implements IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndexer.class);

    private final SearchService search;
    private final PublicCatalog catalog;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuilt = new AtomicLong();
    private volatile long rebuildTotal;
    private final boolean rebuildOnStart;

    public CatalogIndexer(SearchService search, PublicCatalog catalog,
                          @Value("${gongkai.search.rebuild-on-start:true}") boolean rebuildOnStart) {
        this.search = search;
        this.catalog = catalog;
        this.rebuildOnStart = rebuildOnStart;
    }

    @ApplicationModuleListener
    void on(ItemPublished e) {
        reindex(e.itemId());
    }

    @ApplicationModuleListener
    void on(ItemValidityChanged e) {
        reindex(e.itemId());
    }

    @ApplicationModuleListener
    void on(ItemWithdrawn e) {
        search.remove(e.itemId());
    }

    private void reindex(long id) {
        catalog.published(id).ifPresentOrElse(p -> search.index(toIndexed(p)), () -> search.remove(id));
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOnStart() {
        long published = catalog.countPublished();
        long indexed = search.count();
        if (published != indexed && !rebuildOnStart) {
            log.warn("Search index holds {} item(s) but {} are published; not rebuilding (gongkai.search.rebuild-on-start=false)",
                    indexed, published);
        } else if (published != indexed) {
            log.info("Search index holds {} item(s) but {} are published: rebuilding from the database", indexed, published);
            startRebuild();
        }
    }

    @Override
    public boolean startRebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        Thread t = new Thread(this::rebuild, "search-rebuild");
        t.setDaemon(true);
        t.start();
        return true;
    }

    @Override
    public Status status() {
        return new Status(rebuilding.get(), rebuilt.get(), rebuildTotal, search.count(), catalog.countPublished());
    }

    /** Rebuilds the whole index from the database (on the thread started by {@link #startRebuild}); progress is logged. */
    private void rebuild() {
        try {
            long start = System.nanoTime();
            rebuildTotal = catalog.countPublished();
            rebuilt.set(0);
            search.clear();
            java.util.List<IndexedItem> batch = new java.util.ArrayList<>(2000);
            catalog.forEachPublished(p -> {
                batch.add(toIndexed(p));
                if (batch.size() == 2000) {
                    search.indexAll(batch.stream());
                    batch.clear();
                    long n = rebuilt.addAndGet(2000);
                    if (n % 20_000 == 0) {
                        log.info("Search rebuild: {} / {}", n, rebuildTotal);
                    }
                }
            });
            search.indexAll(batch.stream());
            rebuilt.addAndGet(batch.size());
            log.info("Search rebuild finished: {} item(s) in {} ms", rebuilt.get(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            rebuilding.set(false);
        }
    }

    static IndexedItem toIndexed(PublishedItem p) {
        return new IndexedItem(p.id(), p.agencyCode(), p.agencyName(), p.categoryCode(), p.categoryName(), p.title(),
                p.indexNo(), p.docNo(), p.summary(), p.bodyText(), p.publishedOn(), p.validity().name(), p.url());
    }
}
