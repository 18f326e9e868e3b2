package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.LedgerTest;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch whose handler fails commits nothing; handed again, each handler runs in a savepoint, so only the failing
 * handler's writes are undone and the rest of the batch commits; the batch after that runs without savepoints again.
 * Batches here are units of work with a transaction, as a processor runs them; a failure is caught after the handler,
 * as the dead-letter queue does.
 */
@LedgerTest
class SavepointsOnRetryTest {

    @Autowired
    ResourceTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    SavepointsOnRetry savepoints;
    MessageHandlingMember<? super Probe> handler;
    Probe probe;
    List<String> parked = new ArrayList<>();

    @BeforeEach
    void probeTable() {
        jdbc.sql("create table savepoint_probe (name text not null)").update();
        savepoints = new SavepointsOnRetry(transactions);
        handler = savepoints.wrapHandler(AnnotatedHandlerInspector.inspectType(Probe.class)
                .getHandlers(Probe.class)
                .findFirst()
                .orElseThrow());
        probe = new Probe(jdbc);
    }

    @AfterEach
    void dropProbeTable() {
        jdbc.sql("drop table savepoint_probe").update();
    }

    /** A handler that throws after its write, and a statement PostgreSQL refuses (text cannot hold NUL). */
    @ParameterizedTest
    @ValueSource(strings = {"fail-after-write", "nul\u0000"})
    void a_failing_handler_undoes_its_batch_and_only_its_own_writes_when_handed_again(String failing) {
        List<String> events = List.of("a", failing, "c");

        assertThatThrownBy(() -> batch(events)).isNotNull();
        assertThat(rows()).isEmpty();
        assertThat(parked).startsWith(failing);

        parked.clear();
        batch(events);
        assertThat(rows()).containsExactly("a", "c");
        assertThat(parked).containsExactly(failing);
    }

    @Test
    void once_a_retried_batch_commits_the_next_failure_undoes_its_whole_batch_again() {
        assertThatThrownBy(() -> batch(List.of("a", "fail-after-write"))).isNotNull();
        batch(List.of("a", "fail-after-write"));

        assertThatThrownBy(() -> batch(List.of("b", "fail-after-write"))).isNotNull();
        assertThat(rows()).containsExactly("a");
    }

    @Test
    void outside_a_batch_every_handler_runs_in_a_savepoint_of_the_transaction() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            handle("a");
            handle("fail-after-write");
            handle("c");
        });

        assertThat(rows()).containsExactly("a", "c");
        assertThat(parked).containsExactly("fail-after-write");
    }

    @Test
    void in_a_unit_of_work_other_than_a_batch_every_handler_runs_in_a_savepoint() {
        UnitOfWork<?> retryOfParked = DefaultUnitOfWork.startAndGet(null);
        retryOfParked.attachTransaction(new SpringTransactionManager(transactions));
        handle("fail-after-write");
        handle("a");
        retryOfParked.commit();

        assertThat(rows()).containsExactly("a");
        assertThat(parked).containsExactly("fail-after-write");
    }

    private void batch(List<String> events) {
        UnitOfWork<?> batch = new BatchingUnitOfWork<>(
                events.stream().map(GenericEventMessage::asEventMessage).toList());
        batch.attachTransaction(new SpringTransactionManager(transactions));
        batch.start();
        events.forEach(this::handle);
        batch.commit();
    }

    private void handle(String name) {
        try {
            handler.handle(GenericEventMessage.asEventMessage(name), probe);
        } catch (Exception failed) {
            parked.add(name);
        }
    }

    private List<String> rows() {
        return jdbc.sql("select name from savepoint_probe order by name")
                .query(String.class)
                .list();
    }

    @ProcessingGroup("savepoint-probe")
    static final class Probe {

        private final JdbcClient jdbc;

        Probe(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(String name) {
            jdbc.sql("insert into savepoint_probe (name) values (?)")
                    .param(name)
                    .update();
            if (name.startsWith("fail")) {
                throw new IllegalStateException("refused " + name);
            }
        }
    }
}
