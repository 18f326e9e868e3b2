package com.tradeledger.webhooks;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The names a subscription's filters may use, as the pull feed reads them: every event type (a record with a
 * revision) by its short or full name, and every aggregate type Axon stores events for ({@code Customer},
 * {@code Contract}…).
 */
@Component
class EventCatalogue {

    private static final String EVENTS_PACKAGE = "com.tradeledger";

    private final Configuration axon;
    private volatile Set<String> eventTypes;
    private volatile Set<String> aggregateTypes;

    EventCatalogue(Configuration axon) {
        this.axon = axon;
    }

    boolean isEventType(String name) {
        if (eventTypes == null) {
            eventTypes = scanEventTypes();
        }
        return eventTypes.contains(name);
    }

    boolean isAggregateType(String name) {
        if (aggregateTypes == null) {
            aggregateTypes = axon.findModules(AggregateConfiguration.class).stream()
                    .map(aggregate -> aggregate.aggregateType().getSimpleName())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        return aggregateTypes.contains(name);
    }

    private static Set<String> scanEventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition event : scanner.findCandidateComponents(EVENTS_PACKAGE)) {
            String name = event.getBeanClassName();
            names.add(name);
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return names;
    }
}
