package com.tradeledger.billing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gap-free numbers per series and year. The counter row stays locked until the issuing command commits, so numbers
 * are taken one command at a time, and a command that rolls back gives its number back to the next one.
 */
@Component
class DocumentNumberTable implements DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumberTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DocumentNumber next(String series, int year) {
        long number = jdbc.sql("""
                        INSERT INTO document_number (series, year, last_number) VALUES (?, ?, 1)
                        ON CONFLICT (series, year) DO UPDATE SET last_number = document_number.last_number + 1
                        RETURNING last_number""").params(series, year).query(Long.class).single();
        return DocumentNumber.of(series, year, number);
    }
}
