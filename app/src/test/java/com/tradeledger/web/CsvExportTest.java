package com.tradeledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A read model's rows as CSV: columns in declared order, RFC 4180 quoting, plain decimals, ISO dates. */
class CsvExportTest {

    record Line(String zone, String name, BigDecimal amount, LocalDate dueOn, long days) {}

    @Test
    void writes_a_header_and_one_line_per_row_in_the_order_the_record_declares() throws IOException {
        ResponseEntity<StreamingResponseBody> response = CsvExport.of(
                "receivables",
                Line.class,
                sink -> List.of(
                                new Line(
                                        "EU",
                                        "Acme, \"Hamburg\" GmbH",
                                        new BigDecimal("1E+3"),
                                        LocalDate.of(2026, 3, 1),
                                        12),
                                new Line("CN", "Ningbo Tea", new BigDecimal("0.50"), null, 0))
                        .forEach(sink));

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"receivables.csv\"");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        response.getBody().writeTo(body);
        assertThat(body.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "zone,name,amount,dueOn,days",
                        "EU,\"Acme, \"\"Hamburg\"\" GmbH\",1000,2026-03-01,12",
                        "CN,\"Ningbo Tea\",0.50,,0");
    }

    @Test
    void refuses_a_row_type_that_is_not_a_flat_record() {
        assertThatThrownBy(() -> CsvExport.of("x", String.class, sink -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
