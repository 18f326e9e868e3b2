package com.tradeledger.eventstore;

import java.util.Set;
import java.util.function.Function;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;

/**
 * Every projection parks the events it fails on in the dead-letter table (in order per aggregate) instead of
 * logging and skipping them. Axon enables this per processing group through properties; being the bean of this
 * type, this module replaces that switch so that no projection can be added without it.
 *
 * <p>Each projection remembers which of its sequences are parked, so that an event whose aggregate has nothing
 * parked (nearly all of them) is handled without asking the table first. Axon keeps that memory per segment and
 * starts it afresh from the table whenever a segment is claimed.
 */
class DeadLettersForEveryProjection extends DeadLetterQueueProviderConfigurerModule {

    private final Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues;
    private final Set<String> processingGroups;

    DeadLettersForEveryProjection(
            EventProcessorProperties properties,
            Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues,
            Set<String> processingGroups) {
        super(properties, queues);
        this.queues = queues;
        this.processingGroups = processingGroups;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerDeadLetterQueueProvider(queues);
        processingGroups.forEach(group -> configurer
                .eventProcessing()
                .registerDeadLetteringEventHandlerInvokerConfiguration(
                        group, (config, invoker) -> invoker.enableSequenceIdentifierCache()));
    }
}
