package com.tradeledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * A streamed response that fails: after its first bytes went out the client must see it incomplete, not a 200 that
 * ends as if whole; before that it gets a problem.
 */
@LedgerTest
class StreamedFailureHttpTest {

    @LocalServerPort
    int port;

    @Test
    void a_failure_after_the_first_bytes_went_out_ends_the_connection_before_the_body_ends() throws Exception {
        HttpResponse<InputStream> response = get("/api/v1/probe/failing-stream?bytes=100000");

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] received = new byte[200_000];
        assertThatThrownBy(() -> {
                    try (InputStream body = response.body()) {
                        for (int read, total = 0; (read = body.read(received, total, received.length - total)) >= 0; ) {
                            total += read;
                        }
                    }
                })
                .isInstanceOf(IOException.class);
        assertThat(received[0]).isEqualTo((byte) 'x');
    }

    @Test
    void a_stream_that_ends_well_is_read_whole() throws Exception {
        HttpResponse<InputStream> response = get("/api/v1/probe/failing-stream?bytes=100000&fail=false");

        try (InputStream body = response.body()) {
            assertThat(body.readAllBytes()).hasSize(100_000);
        }
    }

    @Test
    void a_failure_before_anything_went_out_is_answered_as_a_problem() throws Exception {
        HttpResponse<InputStream> response = get("/api/v1/probe/failing-stream?bytes=10");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try (InputStream body = response.body()) {
            JsonNode problem = new ObjectMapper().readTree(body);
            assertThat(problem.path("status").asInt()).isEqualTo(500);
        }
    }

    private HttpResponse<InputStream> get(String path) throws Exception {
        return Api.as(port, "audrey").stream(path, "text/plain");
    }
}
