package com.tradeledger.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger under test: the packaged server started with {@code java -jar} in its own JVM on a fresh data
 * directory (durable embedded PostgreSQL, fsync on), or a server already running at {@code bench.url}. Knows the
 * JDBC URL of its database, its start-up time to healthy, and the process's peak RSS.
 */
final class LedgerServer implements AutoCloseable {

    private static final Pattern EMBEDDED = Pattern.compile("Embedded PostgreSQL listening on port (\\d+)");
    private static final Pattern DATABASE = Pattern.compile("Database: (jdbc:postgresql://\\S+)");

    private final BenchOptions options;
    private final Path dataDirectory;
    private final String adminPassword;
    private final int port;
    private Process process;
    private String jdbcUrl;
    private int starts;

    LedgerServer(BenchOptions options, Path workDirectory) throws IOException {
        this.options = options;
        this.dataDirectory = workDirectory.resolve("postgres");
        this.adminPassword = options.adminPassword() != null ? options.adminPassword() : "bench-admin-secret-1";
        this.port = options.url() != null ? -1 : freePort();
        this.jdbcUrl = options.jdbc();
    }

    boolean external() {
        return options.url() != null;
    }

    String baseUrl() {
        return external() ? options.url().replaceAll("/$", "") : "http://localhost:" + port;
    }

    String adminPassword() {
        return adminPassword;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The JDBC URL of the ledger's database: user and password included (the embedded one has user postgres). */
    String jdbcUrl() {
        if (jdbcUrl == null) {
            throw new IllegalStateException("no JDBC URL: give -Dbench.jdbc with -Dbench.url");
        }
        return jdbcUrl;
    }

    /** Starts the server and waits until it is healthy; returns the seconds that took. */
    double start() throws IOException, InterruptedException {
        if (external()) {
            return Double.NaN;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : options.serverJvm().trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.add("-jar");
        command.add(options.jar().toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("TRADELEDGER_DATA_DIR", dataDirectory.toString());
        env.put("TRADELEDGER_ADMIN_PASSWORD", adminPassword);
        env.put("PORT", Integer.toString(port));
        if (options.jdbc() != null) {
            env.put("SPRING_DATASOURCE_URL", options.jdbc());
        }
        Files.createDirectories(options.results());
        Path log = options.results().resolve("server-" + (++starts) + ".log").toAbsolutePath();
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long begin = System.nanoTime();
        process = builder.start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + log);
            }
            if ((System.nanoTime() - begin) > 600_000_000_000L) {
                throw new IllegalStateException("the server was not healthy within 10 minutes; see " + log);
            }
            if (healthy()) {
                break;
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (options.jdbc() == null) {
            jdbcUrl = fromLog(Files.readString(log));
        }
        System.out.printf(
                "[bench] server pid %d healthy after %.1f s; database %s; log %s%n",
                process.pid(), seconds, jdbcUrl, log);
        return seconds;
    }

    /** Whether {@code /actuator/health} answers UP; a fresh connection with short timeouts each time. */
    private boolean healthy() {
        try {
            java.net.HttpURLConnection connection = (java.net.HttpURLConnection)
                    java.net.URI.create(baseUrl() + "/actuator/health").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            connection.setRequestProperty("Connection", "close");
            try (java.io.InputStream in = connection.getInputStream()) {
                return connection.getResponseCode() == 200
                        && "UP".equals(Http.JSON.readTree(in).path("status").asText());
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String fromLog(String log) {
        Matcher database = DATABASE.matcher(log);
        if (database.find()) {
            String url = database.group(1);
            return url.contains("user=") ? url : url + (url.contains("?") ? "&" : "?") + "user=postgres";
        }
        Matcher embedded = EMBEDDED.matcher(log);
        if (embedded.find()) {
            return "jdbc:postgresql://localhost:" + embedded.group(1) + "/postgres?user=postgres";
        }
        throw new IllegalStateException("the server's log names no database");
    }

    /** Stops the server gracefully (SIGTERM: it stops its embedded PostgreSQL too) and waits for it. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** Peak resident set size of the server process so far (VmHWM), in MB; NaN when not ours or not Linux. */
    double peakRssMegabytes() {
        return procStatus("VmHWM");
    }

    double rssMegabytes() {
        return procStatus("VmRSS");
    }

    private double procStatus(String field) {
        if (process == null) {
            return Double.NaN;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
