package com.tradeledger.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL with the query model's migrations applied, as the projections write to in production.
 * Start one per test class, since starting it takes seconds; clear its tables between tests.
 */
public final class ReadModelDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final HikariDataSource pool;
    private final JdbcClient jdbc;

    // Pooled as in the application: a new connection per statement would make every test take half a second.
    private ReadModelDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        var config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(2);
        this.pool = new HikariDataSource(config);
        this.jdbc = JdbcClient.create(pool);
    }

    public static ReadModelDatabase start() {
        try {
            var database = new ReadModelDatabase(EmbeddedPostgres.builder().start());
            database.migrate();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public void clear(String table) {
        jdbc.sql("truncate table " + table).update();
    }

    @Override
    public void close() throws IOException {
        pool.close();
        postgres.close();
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
