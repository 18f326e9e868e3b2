package com.tradeledger.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The server's embedded PostgreSQL data directory opened by the harness while the server is stopped, with the
 * same binaries and the same durability settings, so the large ledger can be cloned in with plain JDBC.
 */
final class OfflineDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    OfflineDatabase(Path dataDirectory) throws IOException {
        this.postgres = EmbeddedPostgres.builder()
                .setCleanDataDirectory(false)
                .setDataDirectory(dataDirectory)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
