package org.gongkai.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.agency.Agency;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two drafters of one agency saving the agency's first item of a year at the same moment must both
 * get a 索引号, one after the other. On PostgreSQL a failed statement aborts its whole transaction,
 * so the counter row may not be created by "try to insert, catch the duplicate, retry".
 */
@SpringBootTest
@ActiveProfiles("test")
class IndexNumbersConcurrencyTest {

    @Autowired
    TestCounty county;
    @Autowired
    IndexNumbers numbers;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_first_numbers_of_a_year_drawn_at_once_are_both_handed_out_in_order() throws Exception {
        Agency a = county.department("并发局");
        int year = 2026;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstDrawn = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> tx.execute(s -> {
                int serial = numbers.next(a.id(), a.code(), year).serial();
                firstDrawn.countDown();
                try {
                    releaseFirst.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return serial;
            }));
            assertThat(firstDrawn.await(30, TimeUnit.SECONDS)).isTrue();
            // the second transaction starts while the first still holds its new counter row uncommitted
            Future<Integer> second = pool.submit(() -> tx.execute(s -> numbers.next(a.id(), a.code(), year).serial()));
            Thread.sleep(500);
            releaseFirst.countDown();
            assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS))).containsExactly(1, 2);
        } finally {
            pool.shutdownNow();
        }
    }
}
