package com.tradeledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps readers from half a view: before an endpoint marked {@link ReadsProjection} answers, it checks that none of
 * its projections is being rebuilt, and refuses with {@link ProjectionRebuilding} if one is.
 */
@Configuration
class RebuildingGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final ProjectionRebuilds rebuilds;

    RebuildingGuard(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
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
                    if (rebuilds.inProgress(projection)) {
                        throw new ProjectionRebuilding(projection);
                    }
                }
            }
        }
        return true;
    }
}
