package com.tradeledger.eventstore;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL started inside the server when no {@code spring.datasource.url} is given. {@code durable} keeps
 * fsync and synchronous commit on, as data a user keeps needs. A {@code temporary} database lives in a fresh
 * directory that is deleted when the server stops, without fsync: for tests and demonstrations only.
 */
@ConfigurationProperties("tradeledger.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("true") boolean durable,
        @DefaultValue("false") boolean temporary) {}
