package com.tradeledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** HTTP against the ledger as one login (HTTP Basic), with JSON in and out: what any client of the API sees. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String base;
    private final String authorization;

    Http(String base, String user, String password) {
        this.base = base;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return base;
    }

    /** One answer: status, parsed body (null when not JSON), when it arrived ({@link System#nanoTime()}), headers. */
    record Answer(int status, JsonNode body, String text, long arrivedNanos, HttpHeaders headers) {

        JsonNode ok() {
            if (status < 200 || status >= 300) {
                throw new Refused(status, text);
            }
            return body;
        }

        /** The JSON body of a 2xx answer; an answer without one stops the scenario and says what came instead. */
        JsonNode json() {
            JsonNode json = ok();
            if (json == null) {
                throw new Refused(
                        status,
                        "without a JSON body (" + (text == null ? 0 : text.length()) + " characters; " + framing()
                                + "): " + text);
            }
            return json;
        }

        /** How the body was framed: its content type, length and transfer encoding headers. */
        private String framing() {
            return Stream.of("Content-Type", "Content-Length", "Transfer-Encoding")
                    .map(name -> name + ": " + headers.firstValue(name).orElse("none"))
                    .collect(Collectors.joining(", "));
        }

        String id() {
            return ok().get("id").asText();
        }

        /** 409 {@code concurrent-modification}: another command changed the aggregate at the same moment; retry. */
        boolean concurrentModification() {
            return status == 409
                    && body != null
                    && "concurrent-modification".equals(body.path("code").asText());
        }
    }

    /** A command or read the ledger refused: the harness stops the deal and says why. */
    static final class Refused extends RuntimeException {
        Refused(int status, String body) {
            super(status + " " + (body == null ? "" : body.substring(0, Math.min(400, body.length()))));
        }
    }

    Answer post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8))
                .build());
    }

    /** A POST with no body at all (no content type either). */
    Answer postNothing(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A POST repeated while the ledger answers that someone changed the aggregate at the same moment. */
    Answer postRetrying(String path, Object body) {
        Answer answer = post(path, body);
        for (int attempt = 1; attempt < 20 && answer.concurrentModification(); attempt++) {
            answer = post(path, body);
        }
        return answer;
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET whose body is read to the last byte and thrown away; returns the lines read. */
    long drain(String path, String accept) {
        try {
            HttpResponse<InputStream> response = CLIENT.send(
                    request(path).setHeader("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long lines = 0;
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[65536];
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            if (response.statusCode() != 200) {
                throw new Refused(response.statusCode(), "while reading " + path);
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    static HttpClient client() {
        return CLIENT;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            long arrived = System.nanoTime();
            String text = response.body();
            JsonNode body = null;
            if (text != null && !text.isEmpty() && (text.startsWith("{") || text.startsWith("["))) {
                body = JSON.readTree(text);
            }
            return new Answer(response.statusCode(), body, text, arrived, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
