package com.tradeledger.eventstore;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a failing projection event handler from spoiling the rest of its batch, paying for savepoints only when a
 * handler has failed.
 *
 * <p>A processor's batch runs its handlers straight in the batch's transaction. When a handler fails, the
 * transaction is marked to roll back, so that nothing of the batch is committed: neither the failed handler's own
 * writes nor a dead letter recorded for it. The processor then hands the same events again, and this time its thread
 * runs each handler in a savepoint of the transaction, for the whole batch and until a batch commits. PostgreSQL aborts a transaction on its
 * first failed statement; the savepoint undoes only that handler's writes, the event is parked in the dead-letter
 * queue, and the rest of the batch commits with the processor's token.
 *
 * <p>A handler called in a transaction but outside a processor's batch always runs in a savepoint: a retry of parked
 * events, which records a failure again in the same transaction, and a replay check.
 *
 * <p>A savepoint per handler is two more round trips to PostgreSQL for each event a projection handles; on the
 * benchmark machine they took about a third of the time a rebuild of every projection took (docs/benchmarks.md).
 */
class SavepointsOnRetry implements HandlerEnhancerDefinition {

    private static final String BATCH_RETRIES = SavepointsOnRetry.class.getName() + ".batchRetries";

    private final TransactionTemplate savepoint;
    private final Object transactionResource;
    private final ThreadLocal<Boolean> retrying = ThreadLocal.withInitial(() -> false);

    SavepointsOnRetry(ResourceTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.transactionResource = transactions.getResourceFactory();
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.canHandleMessageType(EventMessage.class)
                && original.declaringClass().isAnnotationPresent(ProcessingGroup.class);
        return projectionHandler ? new Handler<>(original) : original;
    }

    /**
     * Whether the batch is a retry, decided when its first handler runs: a failure in a batch that is not marks only
     * the batch after it, and its commit ends the retry.
     */
    private boolean retries(UnitOfWork<?> batch) {
        Boolean retry = batch.getResource(BATCH_RETRIES);
        if (retry == null) {
            retry = retrying.get();
            batch.resources().put(BATCH_RETRIES, retry);
            if (retry) {
                batch.afterCommit(committed -> retrying.set(false));
            }
        }
        return retry;
    }

    private final class Handler<T> extends WrappedMessageHandlingMember<T> {

        Handler(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            UnitOfWork<?> work = CurrentUnitOfWork.map(UnitOfWork::root).orElse(null);
            if (!(work instanceof BatchingUnitOfWork<?> batch) || retries(batch)) {
                return inSavepoint(message, target);
            }
            try {
                return super.handle(message, target);
            } catch (Exception failed) {
                retrying.set(true);
                if (TransactionSynchronizationManager.getResource(transactionResource)
                        instanceof ResourceHolderSupport transaction) {
                    transaction.setRollbackOnly();
                }
                throw failed;
            }
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            try {
                return savepoint.execute(status -> {
                    try {
                        return super.handle(message, target);
                    } catch (Exception e) {
                        throw new HandlerFailed(e);
                    }
                });
            } catch (HandlerFailed failed) {
                throw failed.cause();
            }
        }
    }
}
