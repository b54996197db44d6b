package org.gongkai.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.agency.NewUser;
import org.gongkai.agency.Officer;
import org.gongkai.request.RequestService;
import org.gongkai.agency.UserService;
import org.gongkai.agency.UserSummary;
import org.gongkai.agency.AdminBootstrap;
import org.gongkai.catalog.ImportedItem;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemImporter;
import org.gongkai.catalog.Signatories;
import org.gongkai.core.review.Role;
import org.gongkai.core.review.Validity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of an empty database (and only if demo data is enabled) loads the demo county
 * 青山县: its agencies, a review chain of four officers in each of a few agencies, and several thousand
 * published items over the past three years. Runs before the administrator is created, so that
 * {@code admin} belongs to the demo county government. Each agency's items are one transaction, so
 * an interrupted load leaves whole agencies; a restart does not load again once agencies exist.
 */
@Component
@Order(10)
class DemoCountyLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);

    private final AgencyService agencies;
    private final UserService users;
    private final ItemImporter importer;
    private final RequestService requests;
    private final AdminBootstrap admin;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private final int itemCount;
    private final long seed;

    DemoCountyLoader(AgencyService agencies, UserService users, ItemImporter importer, RequestService requests,
                     AdminBootstrap admin,
                     TransactionTemplate tx, Clock clock, @Value("${gongkai.demo.enabled:true}") boolean enabled,
                     @Value("${gongkai.demo.items:6000}") int itemCount, @Value("${gongkai.demo.seed:20261128}") long seed) {
        this.agencies = agencies;
        this.users = users;
        this.importer = importer;
        this.requests = requests;
        this.admin = admin;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.itemCount = itemCount;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !agencies.all().isEmpty()) {
            return;
        }
        long start = System.currentTimeMillis();
        DemoCountyGenerator generator = new DemoCountyGenerator(seed);
        List<DemoAgency> demoAgencies = generator.agencies();
        tx.executeWithoutResult(s -> {
            for (DemoAgency a : demoAgencies) {
                agencies.create(new NewAgency(a.code(), a.name(), a.shortName(), AgencyKind.valueOf(a.kind()), a.parentCode(),
                        a.address(), a.officeHours(), a.phone(), a.fax(), a.email(), a.postcode(), a.guideText()), null);
            }
        });
        // Officers: a full review chain in every agency, so every agency's catalogue has a real history.
        // They share the administrator's password (printed once or configured), documented in the README.
        String password = admin.adminPassword();
        Map<String, Signatories> chains = new HashMap<>();
        List<Officer> requestOfficers = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            int n = 0;
            for (DemoAgency a : demoAgencies) {
                String p = "a" + String.format("%02d", n++);
                // in a small office the disclosure officer also handles requests (依申请公开承办人)
                UserSummary d = user(p + ".drafter", "信息发布员", a, password, Role.DRAFTER, Role.REQUEST_OFFICER);
                UserSummary r = user(p + ".reviewer", "审核员", a, password, Role.REVIEWER);
                UserSummary c = user(p + ".secrecy", "保密审查员", a, password, Role.CONFIDENTIALITY_REVIEWER);
                UserSummary g = user(p + ".signer", "签发人", a, password, Role.SIGNER, Role.AGENCY_ADMIN);
                if (n % 3 == 1) {
                    var agency = agencies.requireByCode(a.code());
                    requestOfficers.add(new Officer(d.id(), d.username(), d.displayName(), agency.id(), agency.code(),
                            agency.name(), d.roles()));
                }
                chains.put(a.code(), new Signatories(d.id(), d.displayName(), r.id(), r.displayName(), c.id(),
                        c.displayName(), g.id(), g.displayName()));
            }
        });
        LocalDate today = LocalDate.now(clock);
        // The demo's few thousand items come from items(), which keeps titles unique within an agency; a
        // benchmark-sized county streams in constant memory instead.
        java.util.stream.Stream<DemoItem> items = itemCount <= 50_000
                ? generator.items(today, itemCount).stream() : generator.stream(today, itemCount);
        Map<Integer, Long> idsByPosition = new HashMap<>();
        List<ImportedItem> chunk = new ArrayList<>(CHUNK);
        List<Integer> positions = new ArrayList<>(CHUNK);
        int[] position = {0};
        long[] imported = {0};
        items.forEachOrdered(it -> {
            int here = position[0]++;
            Integer ref = it.interpretsIndex();
            Integer local = ref == null || positions.isEmpty() || ref < positions.get(0) ? null : ref - positions.get(0);
            Long earlier = ref == null || local != null ? null : idsByPosition.get(ref);
            chunk.add(new ImportedItem(it.agencyCode(), new ItemDraft(it.categoryCode(), it.title(), it.docNo(),
                    it.writtenOn(), it.topic(), it.genre(), it.normative(), it.writtenOn(), it.validUntil(),
                    it.disclosureMethod(), it.disclosureScope(), it.summary(), it.bodyHtml(), earlier), it.publishedOn(),
                    Validity.valueOf(it.validity()), it.validityChangedOn(), local));
            positions.add(here);
            if (chunk.size() == CHUNK) {
                imported[0] += flush(chunk, positions, idsByPosition, chains);
                if (imported[0] % 100_000 == 0) {
                    log.info("Demo county: {} / {} items loaded", imported[0], itemCount);
                }
            }
        });
        imported[0] += flush(chunk, positions, idsByPosition, chains);
        // requests for information: each in its own transaction, as an officer would enter them
        int requestCount = new DemoRequests(requests, seed).create(requestOfficers, today, 8);
        log.info("Loaded the demo county: {} agencies, {} published items, {} requests for information in {} s",
                demoAgencies.size(), imported[0], requestCount, (System.currentTimeMillis() - start) / 1000);
        log.info("Demo officers: a00.drafter / a00.reviewer / a00.secrecy / a00.signer (county government), "
                + "a01.* … for each agency in order; same password as 'admin'");
    }

    private static final int CHUNK = 2000;

    /** Imports one chunk in its own transaction and remembers the ids of policy documents for later 解读. */
    private int flush(List<ImportedItem> chunk, List<Integer> positions, Map<Integer, Long> idsByPosition,
                      Map<String, Signatories> chains) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<Long> ids = tx.execute(s -> importer.importPublished(chunk, chains::get));
        for (int i = 0; i < ids.size(); i++) {
            if ("ZCWJ".equals(chunk.get(i).draft().categoryCode())) {
                idsByPosition.put(positions.get(i), ids.get(i));
            }
        }
        int n = chunk.size();
        chunk.clear();
        positions.clear();
        return n;
    }

    private UserSummary user(String username, String title, DemoAgency a, String password, Role... roles) {
        String display = a.shortName() == null ? title : a.shortName() + title;
        return users.create(new NewUser(username, password, display, a.code(), EnumSet.of(roles[0], roles)), null);
    }
}
