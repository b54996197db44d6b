package org.gongkai.agency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.NewAgency;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency list is cached for every request. A transaction that adds an agency must see it although another
 * request filled the cache from the committed rows meanwhile (that race once failed the API tests on PostgreSQL:
 * AgencyService.create could not find the agency it had just inserted), and nobody may keep the old list afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class AgencyCacheTest {

    @Autowired
    AgencyRepository agencies;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestCounty county;

    @Test
    void aTransactionSeesItsNewAgencyWhileAnotherRequestCachesTheOldList() {
        String code = TestCounty.newCode();
        long parent = county.county().id();
        long id = tx.execute(status -> {
            long created = agencies.insert(code, NewAgency.of(code, TestCounty.unique("缓存测试局"), AgencyKind.DEPARTMENT,
                    county.county().code()), parent, Instant.now());
            // another request, on its own connection, cannot see the uncommitted row and caches the list without it
            List<Agency> elsewhere = CompletableFuture.supplyAsync(agencies::findAll).join();
            assertThat(elsewhere).noneMatch(a -> a.id() == created);
            assertThat(agencies.findById(created)).as("this transaction's own agency").isPresent();
            assertThat(agencies.findByCode(code)).isPresent();
            return created;
        });
        assertThat(CompletableFuture.supplyAsync(() -> agencies.findById(id)).join()).as("after the commit, elsewhere")
                .isPresent();
        assertThat(agencies.findById(id)).isPresent();
    }
}
