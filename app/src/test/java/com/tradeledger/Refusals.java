package com.tradeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

/**
 * Asserts that a request was refused as a problem and appended nothing: no event carries the refused request's
 * correlation id, and, unless a process of the ledger may be appending in the background, the log did not grow.
 */
public final class Refusals {

    private final EventLog log;

    public Refusals(EventLog log) {
        this.log = log;
    }

    public Api.Response refused(int status, String code, Supplier<Api.Response> request) {
        long before = log.size();
        Api.Response response = request.get();
        assertRefused(response, status, code);
        assertThat(log.size()).as("events appended by a refused request").isEqualTo(before);
        return response;
    }

    /**
     * The same, while the ledger's own processes (billing, dunning) may append events of their own: only the events
     * of this request, known by its correlation id, must be absent.
     */
    public Api.Response refusedWhileBusy(int status, String code, Supplier<Api.Response> request) {
        Api.Response response = request.get();
        assertRefused(response, status, code);
        String correlationId = response.body().path("correlationId").asText();
        assertThat(correlationId).as("correlation id of %s", response).isNotEmpty();
        assertThat(log.countCorrelatedWith(correlationId))
                .as("events appended by the refused request %s", correlationId)
                .isZero();
        return response;
    }

    private static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).as("problem code of %s", response).isEqualTo(code);
    }
}
