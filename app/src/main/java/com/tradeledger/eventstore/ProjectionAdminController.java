package com.tradeledger.eventstore;

import com.tradeledger.web.NotFound;
import com.tradeledger.web.ProjectionRebuilds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projections for an administrator: where each stands, rebuilding one or all from the log, and the events each has
 * parked in its dead-letter queue (visible, and retried on demand once the cause is mended).
 */
@RestController
@RequestMapping("/api/v1/admin")
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final ProcessorStandings standings;
    private final ProjectionRebuilds rebuilds;
    private final JdbcClient jdbc;

    ProjectionAdminController(
            EventProcessingConfiguration processing,
            ProcessorStandings standings,
            ProjectionRebuilds rebuilds,
            JdbcClient jdbc) {
        this.processing = processing;
        this.standings = standings;
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
    }

    /**
     * Every event processor: projections (which can be rebuilt) and processes (which cannot). Monitors poll this, so
     * it reads the database three times whatever the number of processors: the head, the token table and the
     * dead-letter counts.
     */
    @GetMapping("/projections")
    List<ProjectionStatus> projections() {
        Map<String, Long> parked = parkedPerProcessor();
        List<ProjectionStatus> statuses = new ArrayList<>();
        standings
                .all(standings.head())
                .forEach((name, standing) -> statuses.add(new ProjectionStatus(
                        name,
                        standing.processor().supportsReset(),
                        standing.processor().isRunning(),
                        rebuilds.inProgress(name),
                        standing.processor().isError(),
                        standing.position(),
                        standing.behind(),
                        parked.getOrDefault(name, 0L))));
        return statuses;
    }

    /**
     * How many events each processor has parked, by processing group, in one read of the dead-letter table (Axon's
     * {@code JdbcSequencedDeadLetterQueue}, whose {@code size()} would ask once per processor).
     */
    private Map<String, Long> parkedPerProcessor() {
        Map<String, Long> parked = new HashMap<>();
        jdbc.sql("select processinggroup, count(*) from deadletterentry group by processinggroup")
                .query(row -> {
                    parked.put(row.getString(1), row.getLong(2));
                });
        return parked;
    }

    /**
     * Rebuilds one projection: its tables are emptied by its reset handler and filled again from the first event.
     * Until it has caught up, its read endpoints answer 503 {@code projection-rebuilding}.
     */
    @PostMapping("/projections/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new NotAProjection(name);
        }
        rebuilds.starting(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(projections().stream()
                        .filter(status -> status.name().equals(name))
                        .findFirst()
                        .orElseThrow());
    }

    /**
     * Rebuilds every projection at once: all are stopped together, then each is emptied and filled again from the
     * first event. Stopping them one request at a time waits for each processor's current look at the log in turn;
     * together they also start at the same moment and share one read of the log ({@link SharedEventStreams}).
     */
    @PostMapping("/projections/rebuild")
    ResponseEntity<List<ProjectionStatus>> rebuildAll() {
        Map<String, StreamingEventProcessor> projections = streamingProcessors();
        projections.values().removeIf(processor -> !processor.supportsReset());
        projections.keySet().forEach(rebuilds::starting);
        CompletableFuture.allOf(projections.values().stream()
                        .map(StreamingEventProcessor::shutdownAsync)
                        .toArray(CompletableFuture[]::new))
                .join();
        projections.values().forEach(processor -> {
            processor.resetTokens();
            processor.start();
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(projections().stream()
                        .filter(status -> projections.containsKey(status.name()))
                        .toList());
    }

    /** Every streaming event processor by name, in name order. */
    private Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }

    /** The events each projection parked, per sequence (aggregate), oldest first. */
    @GetMapping("/dead-letters")
    List<ParkedEvent> deadLetters() {
        List<ParkedEvent> parked = new ArrayList<>();
        new TreeMap<>(processing.eventProcessors())
                .keySet()
                .forEach(name -> processing
                        .deadLetterQueue(name)
                        .ifPresent(queue -> queue.deadLetters()
                                .forEach(sequence ->
                                        sequence.forEach(letter -> parked.add(ParkedEvent.of(name, letter))))));
        return parked;
    }

    /** Retries every sequence the projection parked; what fails again stays parked. Returns what was handled. */
    @PostMapping("/dead-letters/{name}/retry")
    RetryOutcome retry(@PathVariable String name) {
        processor(name);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing
                .sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> new NotFound("dead-letter queue of projection", name));
        SequencedDeadLetterQueue<EventMessage<?>> queue =
                processing.deadLetterQueue(name).orElseThrow();
        long before = queue.amountOfSequences();
        int handled = 0;
        for (long attempt = 0; attempt < before; attempt++) {
            if (letters.processAny()) {
                handled++;
            }
        }
        return new RetryOutcome(name, handled, queue.amountOfSequences());
    }

    private StreamingEventProcessor processor(String name) {
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("projection", name));
    }

    /**
     * Where one event processor stands: {@code position} is the global position all its segments have handled or
     * passed over, on whichever node holds each, {@code behind} how far that is from the head of the log;
     * {@code running} and {@code error} are of its threads on this node.
     */
    record ProjectionStatus(
            String name,
            boolean rebuildable,
            boolean running,
            boolean rebuilding,
            boolean error,
            long position,
            long behind,
            long deadLetters) {}

    /** One parked event: which projection, which event, why it failed and when. */
    record ParkedEvent(
            String projection,
            String eventIdentifier,
            String eventType,
            String aggregateIdentifier,
            Long sequenceNumber,
            String cause,
            Instant enqueuedAt,
            Instant lastTouched) {

        static ParkedEvent of(String projection, DeadLetter<? extends EventMessage<?>> letter) {
            EventMessage<?> message = letter.message();
            DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> event ? event : null;
            return new ParkedEvent(
                    projection,
                    message.getIdentifier(),
                    message.getPayloadType().getSimpleName(),
                    domain == null ? null : domain.getAggregateIdentifier(),
                    domain == null ? null : domain.getSequenceNumber(),
                    letter.cause()
                            .map(cause -> cause.type() + ": " + cause.message())
                            .orElse(null),
                    letter.enqueuedAt(),
                    letter.lastTouched());
        }
    }

    /** What a retry did: sequences handled now, and sequences still parked. */
    record RetryOutcome(String projection, int handled, long stillParked) {}
}
