package com.tradeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Commands that race on one aggregate without naming a version all land, one after another. */
@LedgerTest
class ConcurrentCommandsHttpTest {

    private static final int RACERS = 8;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void counts_racing_on_one_products_stock_all_succeed_each_at_its_own_version() throws Exception {
        String product = new SalesFlow(port, LocalDate.now(clock)).product();
        String path = "/api/v1/stock/" + product + "/count";
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int racer = 1; racer <= RACERS; racer++) {
                String counted = Integer.toString(100 * racer);
                Api walt = Api.as(port, "walt");
                answers.add(racers.submit(() -> {
                    go.await();
                    return walt.post(
                            path, Map.of("warehouse", "NGB-1", "counted", counted, "reason", "count " + counted));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<Long> versions = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                statuses.add(response.status());
                versions.add(response.body().path("version").asLong(-1));
            }

            assertThat(statuses).containsOnly(200);
            assertThat(versions).doesNotHaveDuplicates().allMatch(version -> version >= 0);
        } finally {
            racers.shutdownNow();
        }
    }
}
