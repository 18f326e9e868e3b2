package com.tradeledger.shared;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every row of a query one at a time, for exports far larger than a page (an analyst's CSV of 100 000
 * receivables): in one read-only transaction, so that PostgreSQL hands the rows over through a cursor in batches
 * instead of the whole result at once, and each row goes to the sink as soon as it is read.
 */
@Component
public class RowStreams {

    static final int FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public RowStreams(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Hands every row of the query to the sink in order; returns how many there were. */
    public <T> long forEach(String sql, Map<String, ?> parameters, RowMapper<T> mapper, Consumer<? super T> sink) {
        Long count = readOnly.execute(status -> {
            AtomicLong rows = new AtomicLong();
            jdbc.query(sql, parameters, resultSet -> {
                sink.accept(mapper.mapRow(resultSet, (int) rows.getAndIncrement()));
            });
            return rows.get();
        });
        return count == null ? 0 : count;
    }
}
