package com.tradeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

/** Asserts that a request was refused as a problem and appended nothing. */
public final class Refusals {

    private final EventLog log;

    public Refusals(EventLog log) {
        this.log = log;
    }

    /**
     * Sends the request and asserts it was refused with this status and problem code and appended nothing: the
     * events appended meanwhile (the ledger's own processes may be appending for earlier requests) each carry the
     * correlation id of another request, never this one's.
     */
    public Api.Response refused(int status, String code, Supplier<Api.Response> request) {
        long before = log.lastPosition();
        Api.Response response = request.get();
        assertRefused(response, status, code);
        String ours = response.body().path("correlationId").asText("");
        assertThat(log.correlationIdsAfter(before))
                .as("correlation ids of the events appended while %s was refused", ours)
                .doesNotContainNull()
                .doesNotContain(ours);
        return response;
    }

    private static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).as("problem code of %s", response).isEqualTo(code);
    }
}
