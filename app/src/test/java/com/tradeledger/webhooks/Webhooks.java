package com.tradeledger.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The webhook endpoints as one integrator (or admin) calls them. */
final class Webhooks {

    private final Api api;
    private final int port;
    private final String user;

    Webhooks(Api api, int port, String user) {
        this.api = api;
        this.port = port;
        this.user = user;
    }

    Api.Response register(String url, List<String> eventTypes, List<String> aggregateTypes, Long after) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        body.put("aggregateTypes", aggregateTypes);
        body.put("after", after);
        body.put("description", "test receiver");
        return api.post("/api/v1/webhooks", body);
    }

    /** Registers and returns the answer, asserting it was created. */
    Api.Response registered(String url, List<String> eventTypes, List<String> aggregateTypes, long after) {
        Api.Response created = register(url, eventTypes, aggregateTypes, after);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created;
    }

    Api.Response subscription(String id) {
        return api.get("/api/v1/webhooks/" + id);
    }

    Api.Response list() {
        return api.get("/api/v1/webhooks");
    }

    Api.Response resume(String id) {
        return api.post("/api/v1/webhooks/" + id + "/resume", Map.of());
    }

    Api.Response rotateSecret(String id) {
        return api.post("/api/v1/webhooks/" + id + "/rotate-secret", Map.of());
    }

    Api.Response undelivered(String id) {
        return api.get("/api/v1/webhooks/" + id + "/undelivered?limit=1000");
    }

    /** DELETE, which the shared test client does not speak: the status answered. */
    int delete(String id) {
        String credentials = user + ":" + user + "-password";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/webhooks/" + id))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .DELETE()
                .build();
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
