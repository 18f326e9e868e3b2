package com.tradeledger.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what over HTTP. Every endpoint needs a login (HTTP Basic) except health and the OpenAPI pages;
 * reading needs any role, each command the role of the staff who issue it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC = {
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ObjectMapper json,
            JdbcUserDetailsManager users,
            PasswordEncoder passwords,
            StaffProperties staff)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwords);
        http.authenticationManager(new ProviderManager(new VerifiedLogins(passwordCheck, staff.verifiedLoginTtl())))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/customers", "/api/v1/customers/*/change-grade")
                        .hasRole(Role.SALES.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/customers/*/set-credit-limit")
                        .hasRole(Role.FINANCE.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/customers/*/**")
                        .hasRole(Role.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/products/*/set-price-list")
                        .hasRole(Role.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/products", "/api/v1/products/*/**")
                        .hasRole(Role.PURCHASING.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/quotes/*/approve")
                        .hasRole(Role.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/quotes", "/api/v1/quotes/*/**")
                        .hasRole(Role.SALES.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/contracts/*/approve", "/api/v1/contracts/*/reject")
                        .hasRole(Role.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/contracts", "/api/v1/contracts/*/**")
                        .hasRole(Role.SALES.name())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/shipments",
                                "/api/v1/shipments/*/**",
                                "/api/v1/stock/*/**",
                                "/api/v1/stocktakes")
                        .hasRole(Role.WAREHOUSE.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/invoices/*/**", "/api/v1/payments")
                        .hasRole(Role.FINANCE.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/suppliers", "/api/v1/suppliers/*/**")
                        .hasRole(Role.PURCHASING.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/purchase-orders", "/api/v1/purchase-orders/*/**")
                        .hasRole(Role.PURCHASING.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/goods-receipts", "/api/v1/goods-receipts/*/**")
                        .hasRole(Role.WAREHOUSE.name())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/supplier-bills",
                                "/api/v1/supplier-bills/*/**",
                                "/api/v1/supplier-payments")
                        .hasRole(Role.FINANCE.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/supplier-bills/**", "/api/v1/supplier-payments/**")
                        .hasAnyRole(Role.FINANCE.name(), Role.AUDITOR.name(), Role.PURCHASING.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/suppliers/**")
                        .hasAnyRole(Role.PURCHASING.name(), Role.FINANCE.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/purchase-orders/**")
                        .hasAnyRole(
                                Role.PURCHASING.name(), Role.FINANCE.name(), Role.AUDITOR.name(), Role.WAREHOUSE.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/sales-targets")
                        .hasRole(Role.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/agents", "/api/v1/agents/*/**")
                        .hasRole(Role.MANAGER.name())
                        .requestMatchers("/api/v1/audit/**")
                        .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/api/v1/users/me")
                        .authenticated()
                        .requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/admin/**", "/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/feed", "/api/v1/feed/**")
                        .hasAnyRole(Role.INTEGRATOR.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**")
                        .hasAnyRole(Role.INTEGRATOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/contract/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole(
                                Role.SALES.name(),
                                Role.PURCHASING.name(),
                                Role.WAREHOUSE.name(),
                                Role.FINANCE.name(),
                                Role.AUDITOR.name(),
                                Role.ADMIN.name())
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.MANAGER.name())
                .role(Role.MANAGER.name())
                .implies(Role.SALES.name(), Role.PURCHASING.name(), Role.WAREHOUSE.name(), Role.FINANCE.name())
                .build();
    }

    /**
     * Spring Security does not observe each of its filters and decisions: under write load those observations took
     * about a twentieth of the request threads' CPU (docs/benchmarks.md). Every request is still timed as a whole by
     * {@code http.server.requests}.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }
}
