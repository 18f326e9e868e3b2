package com.tradeledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps readers from half a view: before an endpoint marked {@link ReadsProjection} answers, it checks that none of
 * its projections is replaying the log after a reset, and refuses with {@link ProjectionRebuilding} if one is.
 */
@Configuration
class RebuildingGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final ObjectProvider<EventProcessingConfiguration> processing;

    RebuildingGuard(ObjectProvider<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ReadsProjection reads =
                    AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ReadsProjection.class);
            if (reads == null) {
                reads = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadsProjection.class);
            }
            if (reads != null) {
                for (String projection : reads.value()) {
                    if (replaying(projection)) {
                        throw new ProjectionRebuilding(projection);
                    }
                }
            }
        }
        return true;
    }

    private boolean replaying(String projection) {
        return processing
                .getObject()
                .eventProcessor(projection, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::isReplaying)
                .orElse(false);
    }
}
