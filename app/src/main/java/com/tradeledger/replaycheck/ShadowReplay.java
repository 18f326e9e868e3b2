package com.tradeledger.replaycheck;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds one projection into a shadow schema and compares it with the live tables, all in one repeatable-read
 * transaction that is rolled back: nothing of the check is ever committed and the live view keeps serving.
 *
 * <p>The transaction first locks the projection's live tables against a truncating rebuild, then reads the live
 * processor's tokens; that read fixes the snapshot, so the live rows compared are exactly those the tokens account
 * for. Every read-model table is created empty in the shadow schema, which then comes first on the search path: the
 * projection's own handlers (the processor's handler adapters, with the same parameter resolvers and the savepoint
 * around each handler) write there with their unqualified table names, while the event table and anything else not
 * shadowed is still read from {@code public}. The log is read through the storage engine inside the same snapshot
 * (upcasters apply), and the shadow takes in exactly the events the live tokens cover, segment by segment.
 */
@Component
class ShadowReplay {

    static final int EXAMPLES_PER_TABLE = 20;

    private final PlatformTransactionManager transactions;
    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final ObjectProvider<EventStorageEngine> storage;
    private final Serializer serializer;

    ShadowReplay(
            PlatformTransactionManager transactions,
            JdbcClient jdbc,
            EventProcessingConfiguration processing,
            ObjectProvider<EventStorageEngine> storage,
            Serializer serializer) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.processing = processing;
        this.storage = storage;
        this.serializer = serializer;
    }

    ReplayCheckReport check(String projection, List<String> tables) {
        long started = System.nanoTime();
        AbstractEventProcessor processor = processing
                .eventProcessor(projection, AbstractEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(projection, ProjectionTables.projections()));
        EventStorageEngine log = storage.getIfAvailable();
        if (log == null) {
            throw new ReplayCheckUnavailable();
        }
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql(tables.stream()
                            .map(table -> "public." + ShadowComparison.quoted(table))
                            .reduce((a, b) -> a + ", " + b)
                            .map(list -> "lock table " + list + " in access share mode")
                            .orElseThrow())
                    .update();
            LiveTokens live = LiveTokens.read(jdbc, serializer, projection);
            String schema = shadowSchema();
            ShadowFailures failures = new ShadowFailures(EXAMPLES_PER_TABLE);
            long replayed = replay(log, processor.eventHandlerInvoker(), live, failures);
            ShadowComparison comparison = new ShadowComparison(jdbc, schema, EXAMPLES_PER_TABLE);
            List<TableReport> reports = tables.stream().map(comparison::compare).toList();
            List<String> undeclared = undeclaredWrites(schema, tables);
            boolean identical = failures.count() == 0
                    && undeclared.isEmpty()
                    && reports.stream().allMatch(TableReport::identical);
            return new ReplayCheckReport(
                    projection,
                    live.highest(),
                    live.positions(),
                    replayed,
                    reports,
                    failures.count(),
                    failures.examples(),
                    undeclared,
                    deadLetters(projection),
                    identical,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Creates every read-model table empty in a schema of its own and puts that schema first on the search path. */
    private String shadowSchema() {
        String schema = "replay_check_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        jdbc.sql("create schema " + schema).update();
        for (String table : ProjectionTables.all()) {
            String name = ShadowComparison.quoted(table);
            jdbc.sql("create table " + schema + "." + name + " (like public." + name + " including all)")
                    .update();
        }
        jdbc.sql("select set_config('search_path', :path, true)")
                .param("path", schema + ", public")
                .query(String.class)
                .single();
        return schema;
    }

    private static long replay(
            EventStorageEngine storage, EventHandlerInvoker invoker, LiveTokens live, ShadowFailures failures) {
        List<EventMessageHandler> handlers = handlersOf(invoker);
        long highest = live.highest();
        long replayed = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> log = events.iterator();
            while (log.hasNext()) {
                TrackedEventMessage<?> event = log.next();
                long position = event.trackingToken().position().orElseThrow();
                if (position > highest) {
                    break;
                }
                if (live.covers(invoker, event, position)) {
                    replayed++;
                    handle(handlers, event, position, failures);
                }
            }
        }
        return replayed;
    }

    private static void handle(
            List<EventMessageHandler> handlers, TrackedEventMessage<?> event, long position, ShadowFailures failures) {
        for (EventMessageHandler handler : handlers) {
            if (!handler.canHandle(event)) {
                continue;
            }
            try {
                handler.handle(event);
            } catch (Exception failed) {
                failures.add(new ShadowFailure(
                        position,
                        event.getIdentifier(),
                        event.getPayloadType().getName(),
                        handler.getTargetType().getSimpleName(),
                        failed.getClass().getSimpleName() + ": " + failed.getMessage()));
            }
        }
    }

    private static List<EventMessageHandler> handlersOf(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return multi.delegates().stream()
                    .flatMap(delegate -> handlersOf(delegate).stream())
                    .toList();
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers();
        }
        throw new IllegalStateException(
                "cannot replay through " + invoker.getClass().getName());
    }

    /** Shadow tables of other projections that the replay wrote to: a table the registry gives the wrong owner. */
    private List<String> undeclaredWrites(String schema, List<String> declared) {
        List<String> written = new ArrayList<>();
        for (String table : ProjectionTables.all()) {
            if (!declared.contains(table)
                    && jdbc.sql("select exists (select from " + schema + "." + ShadowComparison.quoted(table) + ")")
                            .query(Boolean.class)
                            .single()) {
                written.add(table);
            }
        }
        return written;
    }

    private long deadLetters(String projection) {
        return processing
                .deadLetterQueue(projection)
                .map(SequencedDeadLetterQueue::amountOfSequences)
                .orElse(0L);
    }
}
