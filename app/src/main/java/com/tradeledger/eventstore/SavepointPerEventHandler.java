package com.tradeledger.eventstore;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each projection event handler inside a savepoint of the batch's transaction. PostgreSQL aborts the whole
 * transaction on the first failed statement; without the savepoint one poison event would also fail every other
 * event of its batch and the dead-letter record itself. With it, only that handler's writes are undone, the event
 * is parked in the dead-letter queue, and the rest of the batch commits with the processor's token.
 */
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    SavepointPerEventHandler(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.canHandleMessageType(EventMessage.class)
                && original.declaringClass().isAnnotationPresent(ProcessingGroup.class);
        return projectionHandler ? new InSavepoint<>(original) : original;
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
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
