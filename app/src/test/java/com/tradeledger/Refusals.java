package com.tradeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

/** Asserts that a request was refused as a problem and that the event log did not grow. */
public final class Refusals {

    private final EventLog log;

    public Refusals(EventLog log) {
        this.log = log;
    }

    public Api.Response refused(int status, String code, Supplier<Api.Response> request) {
        long before = log.size();
        Api.Response response = request.get();
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).as("problem code of %s", response).isEqualTo(code);
        assertThat(log.size()).as("events appended by a refused request").isEqualTo(before);
        return response;
    }
}
