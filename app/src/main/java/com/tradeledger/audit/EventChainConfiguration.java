package com.tradeledger.audit;

import com.tradeledger.eventstore.EventProcessingProperties;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chain's processor reads the whole log in one segment, all events in one sequence, so that every event is
 * handled after the one before it; a failing event parks every later one behind it instead of leaving a hole.
 */
@Configuration(proxyBeanMethods = false)
class EventChainConfiguration {

    @Bean
    ConfigurerModule eventChainInOneOrderedSegment(EventProcessingProperties properties) {
        return configurer -> configurer
                .eventProcessing()
                .registerSequencingPolicy(EventChainWriter.PROCESSING_GROUP, config -> new SequentialPolicy())
                .registerTrackingEventProcessorConfiguration(
                        EventChainWriter.PROCESSING_GROUP, config -> properties.tracking(1));
    }
}
