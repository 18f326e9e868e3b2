package com.tradeledger.eventstore;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.postgresql.util.PSQLException;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL reports a unique violation as SQLSTATE 23505, never as {@code SQLIntegrityConstraintViolationException}:
 * this tells Axon which of them mean "another writer appended this aggregate's sequence number first", so a
 * concurrent write surfaces as a concurrency conflict rather than a storage failure.
 */
@Component
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    private static final Set<String> AGGREGATE_SEQUENCE_KEYS =
            Set.of("domainevententry_aggregate_sequence_key", "snapshotevententry_pkey");

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return violatedConstraint(sql)
                        .map(AGGREGATE_SEQUENCE_KEYS::contains)
                        .orElse(true);
            }
        }
        return false;
    }

    private static Optional<String> violatedConstraint(SQLException exception) {
        if (exception instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
        }
        return Optional.empty();
    }
}
