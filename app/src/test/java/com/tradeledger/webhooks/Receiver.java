package com.tradeledger.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;

/**
 * An integrator's webhook endpoint on loopback: a real HTTP server that checks every delivery's signature with the
 * Standard Webhooks library and answers with the status the test chooses for the n-th request (counting from 1).
 */
final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final int port;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Delivery> requests = new CopyOnWriteArrayList<>();
    private volatile IntUnaryOperator answer = n -> 204;
    private volatile Webhook verifier;
    private volatile int holdAt = -1;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hooks", this::handle);
        server.setExecutor(threads);
        server.start();
        this.port = server.getAddress().getPort();
    }

    static Receiver start() throws IOException {
        return new Receiver(0);
    }

    /** A new receiver on the port a stopped one used, so a subscription's URL reaches it. */
    static Receiver onPort(int port) throws IOException {
        return new Receiver(port);
    }

    String url() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port() + "/hooks";
    }

    int port() {
        return port;
    }

    Receiver verifyingWith(String secret) {
        try {
            this.verifier = new Webhook(secret);
        } catch (EmptyWebhookSecretException empty) {
            throw new IllegalArgumentException(empty);
        }
        return this;
    }

    /** The status for the n-th request received. */
    Receiver answering(IntUnaryOperator statusOfNth) {
        this.answer = statusOfNth;
        return this;
    }

    /** The n-th request is recorded and then left without an answer until {@link #stop} cuts it off. */
    Receiver holdingRequest(int nth) {
        this.holdAt = nth;
        return this;
    }

    boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    /** Every request received, in arrival order, whatever was answered. */
    List<Delivery> requests() {
        return new ArrayList<>(requests);
    }

    /** The requests answered with a 2xx. */
    List<Delivery> accepted() {
        return requests.stream().filter(Delivery::accepted).toList();
    }

    /** Kills the endpoint: the listening socket and every open connection close at once. */
    void stop() {
        server.stop(0);
        release.countDown();
        threads.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int n = requests.size() + 1;
            int status = n == holdAt ? 0 : answer.applyAsInt(n);
            requests.add(new Delivery(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                    exchange.getRequestHeaders().getFirst("content-type"),
                    JSON.readTree(body),
                    verified(body, exchange.getRequestHeaders()),
                    status >= 200 && status < 300,
                    System.nanoTime()));
            if (n == holdAt) {
                held.countDown();
                release.await();
                return;
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean verified(String body, Map<String, List<String>> headers) {
        try {
            verifier.verify(body, headers);
            return true;
        } catch (WebhookVerificationException | RuntimeException invalid) {
            return false;
        }
    }

    /** One request as received: its Standard Webhooks headers, the CloudEvent, and whether it was signed right. */
    record Delivery(
            String webhookId,
            long timestamp,
            String contentType,
            JsonNode event,
            boolean signatureValid,
            boolean accepted,
            long receivedAtNanos) {

        long position() {
            return Long.parseLong(event.path("position").asText());
        }

        String eventId() {
            return event.path("id").asText();
        }
    }
}
