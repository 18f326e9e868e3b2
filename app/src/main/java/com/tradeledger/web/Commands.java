package com.tradeledger.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a command from an HTTP request and answers with the aggregate's new version. The command, its events and
 * the idempotency record commit in one transaction: a repeated {@code Idempotency-Key} gets the first answer and
 * appends nothing, and a refused command leaves no trace.
 */
@Component
public class Commands {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** How many times a command runs when concurrent commands keep changing its aggregate first. */
    static final int ATTEMPTS_ON_CONFLICT = 10;

    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final IdempotencyKeys keys;
    private final ObjectMapper json;
    private final HttpServletRequest request;

    Commands(
            CommandGateway gateway,
            EventStore eventStore,
            TransactionTemplate transaction,
            IdempotencyKeys keys,
            ObjectMapper json,
            HttpServletRequest request) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.transaction = transaction;
        this.keys = keys;
        this.json = json;
        this.request = request;
    }

    /** Sends a command that creates an aggregate: 201 with its location. */
    public ResponseEntity<Accepted> create(Object body, Object command, Object aggregateId, URI location) {
        return send(body, command, aggregateId.toString(), HttpStatus.CREATED, location);
    }

    /** Sends a command to an existing aggregate: 200 with its version afterwards. */
    public ResponseEntity<Accepted> update(Object body, Object command, Object aggregateId) {
        return send(body, command, aggregateId.toString(), HttpStatus.OK, null);
    }

    /**
     * Runs the command in its own transaction. When another command changed an aggregate this one acts on between
     * this one's load and its append, or created one this one was creating too (a product's stock, made by whichever
     * first count, receipt or reservation comes first), the transaction is rolled back and the command runs again on
     * the new state, a few times, after a short random pause: what a client would do on 409, done before answering.
     * A request that named the version it read ({@code If-Match}) is not run again (it answers 412), nor is one whose
     * own aggregate already exists (it answers 409 {@code already-exists}: the id is taken, and stays taken).
     */
    private ResponseEntity<Accepted> send(
            Object body, Object command, String aggregateId, HttpStatus status, URI location) {
        String key = idempotencyKey();
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(body, command, aggregateId, status, location, key, username);
            } catch (ConcurrencyException | ConcurrencyFailureException | AggregateStreamCreationException conflict) {
                if (expectedVersion() != null || attempt == ATTEMPTS_ON_CONFLICT || idTaken(status, aggregateId)) {
                    throw conflict;
                }
                pauseBeforeAttempt(attempt + 1);
            }
        }
    }

    private ResponseEntity<Accepted> once(
            Object body,
            Object command,
            String aggregateId,
            HttpStatus status,
            URI location,
            String key,
            String username) {
        return transaction.execute(tx -> {
            if (key != null) {
                Optional<IdempotencyKeys.Recorded> earlier = keys.claim(username, key, fingerprint(body));
                if (earlier.isPresent()) {
                    return replay(earlier.get());
                }
            }
            requireNoVersionFromTheFuture(aggregateId);
            gateway.sendAndWait(command);
            long version = eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
            Accepted accepted = new Accepted(aggregateId, version);
            if (key != null) {
                keys.record(
                        username,
                        key,
                        status.value(),
                        location == null ? null : location.toString(),
                        Versions.entityTag(version),
                        write(accepted));
            }
            ResponseEntity.BodyBuilder response = ResponseEntity.status(status).eTag(Versions.entityTag(version));
            if (location != null) {
                response.location(location);
            }
            return response.body(accepted);
        });
    }

    /** Whether a creating command lost to its own aggregate already being there, which no attempt can change. */
    private boolean idTaken(HttpStatus status, String aggregateId) {
        return status == HttpStatus.CREATED
                && eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a command again", interrupted);
        }
    }

    /**
     * The aggregate version the request's {@code If-Match} names, for the command's {@code @TargetAggregateVersion};
     * null when it names none.
     */
    public Long expectedVersion() {
        return Versions.expected(request.getHeader(HttpHeaders.IF_MATCH));
    }

    /**
     * Axon refuses an If-Match version older than the aggregate's; one newer than it names a version that never
     * existed, which is just as stale a precondition.
     */
    private void requireNoVersionFromTheFuture(String aggregateId) {
        Long expected = expectedVersion();
        if (expected != null) {
            long actual = eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
            if (expected > actual) {
                throw new ConflictingAggregateVersionException(aggregateId, expected, actual);
            }
        }
    }

    private String idempotencyKey() {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && !WELL_FORMED_KEY.matcher(key).matches()) {
            throw InvalidField.header(IDEMPOTENCY_KEY, "expected 1 to 255 visible ASCII characters");
        }
        return key;
    }

    private ResponseEntity<Accepted> replay(IdempotencyKeys.Recorded earlier) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(earlier.status())
                .header(HttpHeaders.ETAG, earlier.etag())
                .header("Idempotent-Replayed", "true");
        if (earlier.location() != null) {
            response.location(URI.create(earlier.location()));
        }
        return response.body(read(earlier.body()));
    }

    private String fingerprint(Object body) {
        String canonical = request.getMethod() + " " + request.getRequestURI() + "\n" + write(body);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private Accepted read(String body) {
        try {
            return json.readValue(body, Accepted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded answer is no longer readable", e);
        }
    }
}
