package com.tradeledger.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** The OpenAPI document's title and its HTTP Basic login, so Swagger UI's Authorize button can try calls. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tradeLedgerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Trade Ledger API")
                        .version("v1")
                        .description("Commands are POSTs that answer with the aggregate's version as an ETag; send it"
                                + " back in If-Match for optimistic concurrency, and an Idempotency-Key to make a"
                                + " retry safe. Errors are application/problem+json with a stable code."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Every command (a POST) reads the two headers that {@link Commands} handles for all of them. */
    @Bean
    OperationCustomizer commandHeaders() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name("If-Match")
                        .description("the version (ETag) the command expects; 412 if the aggregate moved on")
                        .schema(new StringSchema()));
                operation.addParametersItem(new HeaderParameter()
                        .name(Commands.IDEMPOTENCY_KEY)
                        .description("repeating a command with the same key returns the first answer")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
