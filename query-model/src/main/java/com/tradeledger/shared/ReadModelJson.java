package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the values read models keep in jsonb columns. It has its own mapper so that the
 * application's {@code spring.jackson.*} settings never change what is stored; dates are ISO strings so the
 * columns stay readable from SQL.
 */
public final class ReadModelJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Values are records: their components are the data. Without this, Money.isNegative() and
            // isPositive() would be stored as properties that Money cannot read back.
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    /** The JSON text of a value, or null for null so that the column stays SQL NULL. */
    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        return read(json, mapper.getTypeFactory().constructType(type));
    }

    public <T> T read(String json, TypeReference<T> type) {
        return read(json, mapper.getTypeFactory().constructType(type));
    }

    private <T> T read(String json, JavaType type) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored " + type + " from JSON", e);
        }
    }
}
