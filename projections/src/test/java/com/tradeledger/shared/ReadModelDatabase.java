package com.tradeledger.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL with the query model's migrations applied, as the projections write to in production. Starting
 * one takes seconds, so a test class registers one for all its tests and clears its tables between them:
 *
 * <pre>{@code @RegisterExtension static final ReadModelDatabase database = new ReadModelDatabase();}</pre>
 *
 * It starts before the class's first test and stops after its last.
 */
public final class ReadModelDatabase implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private JdbcClient jdbc;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        // Pooled as in the application: a new connection per statement would make every test take half a second.
        var config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
        jdbc = JdbcClient.create(pool);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        pool.close();
        postgres.close();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public void clear(String table) {
        jdbc.sql("truncate table " + table).update();
    }
}
