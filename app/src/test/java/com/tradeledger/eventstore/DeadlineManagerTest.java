package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.LedgerTest;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deadlines live in PostgreSQL (db-scheduler), not in memory, so a restart does not forget them. */
@LedgerTest
class DeadlineManagerTest {

    @Autowired
    DeadlineManager deadlines;

    @Test
    void keeps_deadlines_in_the_database() {
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
    }
}
