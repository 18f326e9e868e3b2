package com.tradeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the server offers besides the business endpoints: who am I, staff accounts, health, metrics, OpenAPI. */
@LedgerTest
class ServerHttpTest {

    @LocalServerPort
    int port;

    @Test
    void tells_a_logged_in_user_who_they_are_and_their_roles() {
        Api.Response me = Api.as(port, "max").get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("max");
        assertThat(me.body().get("roles").get(0).asText()).isEqualTo("MANAGER");
    }

    @Test
    void lets_an_admin_add_staff_who_can_then_log_in_with_their_roles() {
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.as(port, "admin");
        Api.Response added = admin.post(
                "/api/v1/users",
                Map.of("username", name, "password", "long-enough-secret", "roles", List.of("FINANCE")));
        assertThat(added.status()).isEqualTo(201);

        Api.Response me = Api.as(port, name).withPassword("long-enough-secret").get("/api/v1/users/me");
        assertThat(me.body().get("roles").get(0).asText()).isEqualTo("FINANCE");
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of("username", name, "password", "long-enough-secret", "roles", List.of("SALES")))
                        .code())
                .isEqualTo("duplicate-username");
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of("username", "short", "password", "short", "roles", List.of("SALES")))
                        .code())
                .isEqualTo("invalid-request");
        assertThat(Api.as(port, "max")
                        .post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        "x-" + name,
                                        "password",
                                        "long-enough-secret",
                                        "roles",
                                        List.of("ADMIN")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void shows_health_to_anyone_and_processor_details_and_metrics_only_to_admins() {
        Api.Response health = Api.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("UP");
        assertThat(health.body().has("components")).isFalse();

        Api.Response detailed = Api.as(port, "admin").get("/actuator/health");
        assertThat(detailed.body()
                        .at("/components/eventProcessors/details/customer-directory/running")
                        .asBoolean())
                .isTrue();
        assertThat(detailed.body().at("/components/db/status").asText()).isEqualTo("UP");

        assertThat(Api.as(port, "admin").get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(Api.as(port, "max").get("/actuator/metrics").status()).isEqualTo(403);
    }

    @Test
    void measures_requests_and_the_command_and_query_buses_but_not_each_event_or_security_filter() {
        Api admin = Api.as(port, "admin");
        String name = "metered-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of("username", name, "password", "long-enough-secret", "roles", List.of("SALES")))
                        .status())
                .isEqualTo(201);
        assertThat(Api.as(port, "sally")
                        .post(
                                "/api/v1/customers",
                                Map.of(
                                        "code", "METERED-" + name,
                                        "name", "Metered Ltd",
                                        "country", "NL",
                                        "grade", "C",
                                        "creditLimit", Map.of("amount", "10", "currency", "EUR")))
                        .status())
                .isEqualTo(201);
        assertThat(Api.as(port, "sally").get("/api/v1/customers").status()).isEqualTo(200);

        List<String> names = new java.util.ArrayList<>();
        admin.get("/actuator/metrics").body().get("names").forEach(each -> names.add(each.asText()));
        assertThat(names).contains("http.server.requests", "commandBus.successCounter", "queryBus.successCounter");
        assertThat(names)
                .noneMatch(each -> each.startsWith("customer-directory.")
                        || each.startsWith("event-chain.")
                        || each.startsWith("spring.security."));
    }

    @Test
    void publishes_the_openapi_document_with_its_basic_login_without_a_login() {
        Api.Response document = Api.anonymous(port).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()
                        .at("/components/securitySchemes/basic/scheme")
                        .asText())
                .isEqualTo("basic");
        assertThat(document.body().get("paths").has("/api/v1/customers/{id}/hand-over"))
                .isTrue();
        assertThat(document.body().get("paths").has("/api/v1/products/{id}/set-price-list"))
                .isTrue();
    }
}
