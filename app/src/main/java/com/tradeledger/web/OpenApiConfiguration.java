package com.tradeledger.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
