package com.tradeledger.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A read model's rows as {@code text/csv} for an analyst's spreadsheet: a header row of the row type's field names,
 * in the order the record declares them, one line per row with RFC 4180 quoting, decimals as plain digits and dates as ISO dates. Rows are written as the
 * read model hands them over, so an export of any size never sits whole in memory. Row types are flat records.
 */
public final class CsvExport {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv");

    private static final CsvMapper CSV = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CsvExport() {}

    /**
     * The response: {@code rows} is called once, while the body is written, with the sink each row goes to.
     *
     * @param filename the name a browser saves it under, without extension
     */
    public static <T> ResponseEntity<StreamingResponseBody> of(
            String filename, Class<T> rowType, Consumer<Consumer<T>> rows) {
        CsvSchema schema = columnsOf(rowType);
        StreamingResponseBody body = output -> {
            try (SequenceWriter writer = CSV.writer(schema).writeValues(output)) {
                rows.accept(row -> write(writer, row));
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType(TEXT_CSV, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename + ".csv")
                                .build()
                                .toString())
                .body(body);
    }

    /** The columns in the order the row record declares its components (Jackson alone would sort some). */
    static CsvSchema columnsOf(Class<?> rowType) {
        if (!rowType.isRecord()) {
            throw new IllegalArgumentException(rowType + " is not a record: CSV rows are flat records");
        }
        CsvSchema.Builder columns = CsvSchema.builder().setUseHeader(true);
        for (RecordComponent component : rowType.getRecordComponents()) {
            columns.addColumn(component.getName());
        }
        return columns.build();
    }

    private static void write(SequenceWriter writer, Object row) {
        try {
            writer.write(row);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
