package com.tradeledger.contract;

import com.tradeledger.shared.Money;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** The events the {@code api} module publishes: every class in it that carries Axon's {@code @Revision}. */
final class EventClasses {

    private EventClasses() {}

    static List<Class<?>> inApi() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        URL api = locationOf(Money.class);
        return scanner.findCandidateComponents("com.tradeledger").stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, EventClasses.class.getClassLoader()))
                .filter(type -> api.equals(locationOf(type)))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    static int revisionOf(Class<?> event) {
        return Integer.parseInt(event.getAnnotation(Revision.class).value());
    }

    private static URL locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
