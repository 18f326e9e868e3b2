package com.tradeledger.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.LedgerTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Invoice and credit note numbers on the real PostgreSQL: in sequence, per year, and a rollback leaves no gap. */
@LedgerTest
class DocumentNumberTableTest {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    /** A series of its own per test, so that other tests issuing invoices cannot take numbers in between. */
    private static String series() {
        StringBuilder series = new StringBuilder("T");
        ThreadLocalRandom.current().ints(3, 'A', 'Z' + 1).forEach(letter -> series.append((char) letter));
        return series.toString();
    }

    @Test
    void numbers_follow_each_other_per_series_and_year() {
        String series = series();
        assertThat(next(series, 2026)).isEqualTo(series + "-2026-000001");
        assertThat(next(series, 2026)).isEqualTo(series + "-2026-000002");
        assertThat(next(series, 2027)).isEqualTo(series + "-2027-000001");
        assertThat(next(series, 2026)).isEqualTo(series + "-2026-000003");
    }

    @Test
    void a_rolled_back_command_gives_its_number_back() {
        String series = series();
        assertThat(next(series, 2026)).isEqualTo(series + "-2026-000001");
        transactions.executeWithoutResult(status -> {
            assertThat(numbers.next(series, 2026).value()).isEqualTo(series + "-2026-000002");
            status.setRollbackOnly();
        });
        assertThat(next(series, 2026)).isEqualTo(series + "-2026-000002");
    }

    @Test
    void a_second_command_waits_for_the_first_to_commit_or_roll_back() throws Exception {
        String series = series();
        next(series, 2026);
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            numbers.next(series, 2026);
            taken.countDown();
            await(release);
            status.setRollbackOnly();
        }));
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> next(series, 2026));
        Thread.sleep(300);
        assertThat(second).as("waits on the first command's row lock").isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(series + "-2026-000002");
    }

    private String next(String series, int year) {
        return transactions.execute(status -> numbers.next(series, year).value());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
