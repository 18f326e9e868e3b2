package com.tradeledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP against the running server, as a member of staff: what a client of the API sees. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String user;
    private final String password;
    private final Map<String, String> headers;

    private Api(int port, String user, String password, Map<String, String> headers) {
        this.port = port;
        this.user = user;
        this.password = password;
        this.headers = headers;
    }

    /** Logged in as a test user of application-test.yml, whose password is "&lt;name&gt;-password". */
    public static Api as(int port, String user) {
        return new Api(port, user, user + "-password", Map.of());
    }

    public static Api anonymous(int port) {
        return new Api(port, null, null, Map.of());
    }

    public Api withPassword(String password) {
        return new Api(port, user, password, headers);
    }

    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(port, user, password, more);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for {@code accept}, answered as soon as its headers are in; its body is read as it comes. */
    public HttpResponse<InputStream> stream(String path, String accept) throws IOException, InterruptedException {
        return CLIENT.send(
                request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The raw body of a GET asking for {@code accept}; fails unless it answers 200. */
    public String text(String path, String accept) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, Object body) {
        String json = body instanceof String text ? text : write(body);
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user + ":" + password;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), response.headers().map(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Status, headers and JSON body of one answer. */
    public record Response(int status, Map<String, java.util.List<String>> headers, JsonNode body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The problem's stable code, for an error answer. */
        public String code() {
            return body.path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
