package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.TradeLedgerApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server stopped as a terminal or a container stops it (SIGTERM), in a JVM of its own since the JVM's shutdown is
 * what is tried: it finishes its work before its embedded database stops, so that nothing fails on the way down.
 */
class TerminatedServerTest {

    @TempDir
    Path directory;

    @Test
    void a_terminated_server_stops_its_work_before_its_embedded_database() throws Exception {
        Path log = directory.resolve("server.log");
        Process server = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        TradeLedgerApplication.class.getName(),
                        "--spring.profiles.active=test",
                        "--server.port=0",
                        "--logging.level.io.zonky=INFO"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(log).contains("Started TradeLedgerApplication")) {
                assertThat(server.isAlive())
                        .as("the server is starting; see %s", log)
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("the server started within 2 minutes")
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
            Thread.sleep(2000); // the processors are reading the log

            server.destroy();

            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(output).contains("Commencing graceful shutdown");
        String stopping = output.substring(output.indexOf("Commencing graceful shutdown"));
        assertThat(stopping).contains("server stopped");
        assertThat(stopping.lines().filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")))
                .as("errors and warnings while stopping")
                .isEmpty();
    }
}
