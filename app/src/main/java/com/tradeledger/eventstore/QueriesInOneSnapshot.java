package com.tradeledger.eventstore;

import org.axonframework.queryhandling.QueryBus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every query handler reads one snapshot of the read models, read-only and repeatable-read, so that a page and its
 * total, or a summary and its rows, are counted from the same moment even while projections write. The query bus
 * already opens a transaction around each handler; before the handler's first statement it is made a read-only
 * repeatable-read one. Without such a transaction (a bus configured without one) the handler gets its own.
 */
@Component
class QueriesInOneSnapshot {

    static final String SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    QueriesInOneSnapshot(QueryBus queries, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setReadOnly(true);
        own.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        queries.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                jdbc.execute(SNAPSHOT);
                return chain.proceed();
            }
            try {
                return own.execute(status -> {
                    try {
                        return chain.proceed();
                    } catch (Exception failed) {
                        throw new HandlerFailed(failed);
                    }
                });
            } catch (HandlerFailed failed) {
                throw failed.cause();
            }
        });
    }
}
