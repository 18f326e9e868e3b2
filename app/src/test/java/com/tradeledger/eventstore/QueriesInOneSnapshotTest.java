package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.LedgerTest;
import org.axonframework.common.Registration;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A query handler reads in one read-only, repeatable-read transaction, as PostgreSQL itself reports it. */
@LedgerTest
class QueriesInOneSnapshotTest {

    @Autowired
    QueryBus queries;

    @Autowired
    QueryGateway gateway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_query_handler_runs_in_a_read_only_repeatable_read_transaction() throws Exception {
        Registration probe = queries.subscribe(
                "transaction-probe",
                String.class,
                (QueryMessage<?, String> query) -> jdbc.queryForObject("SHOW transaction_isolation", String.class) + " "
                        + jdbc.queryForObject("SHOW transaction_read_only", String.class));
        try {
            String seen = gateway.query("transaction-probe", "?", String.class).get();

            assertThat(seen).isEqualTo("repeatable read on");
        } finally {
            probe.cancel();
        }
    }
}
