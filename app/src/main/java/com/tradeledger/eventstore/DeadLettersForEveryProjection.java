package com.tradeledger.eventstore;

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
 */
class DeadLettersForEveryProjection extends DeadLetterQueueProviderConfigurerModule {

    private final Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues;

    DeadLettersForEveryProjection(
            EventProcessorProperties properties,
            Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues) {
        super(properties, queues);
        this.queues = queues;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerDeadLetterQueueProvider(queues);
    }
}
