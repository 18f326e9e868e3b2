package com.tradeledger.feed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tradeledger.eventstore.EventMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A stored event as a CloudEvents 1.0 event in structured JSON mode, the feed's published form.
 *
 * <ul>
 *   <li>{@code id}: the event identifier; {@code source}: {@code /trade-ledger/<AggregateType>}; {@code subject}:
 *       the aggregate identifier; {@code time}: when the event happened.
 *   <li>{@code type}: the event's Java name and revision, {@code com.tradeledger.products.PriceListSet.v1}, so the
 *       type names the {@code api} record a Java integrator reads it into and changes when the shape does.
 *   <li>{@code data}: the payload as stored, JSON ({@code datacontenttype} {@code application/json}), read as its
 *       current revision when a later one replaced the stored one (the {@code type} then names the current one).
 *   <li>Extensions: {@code position} (global order) and {@code sequence} (order within the aggregate), as decimal
 *       strings since CloudEvents integers stop at 32 bits; {@code aggregatetype}; and the metadata {@code
 *       username}, {@code correlationid} and {@code causationid} where the event carries them.
 * </ul>
 *
 * <p>Floor and cost prices (价格访问权限) never leave the ledger through the feed: they are removed from a {@code
 * PriceListSet}'s {@code priceList}, and the event says which fields it lacks in the {@code redacted} extension.
 */
@Component
public class CloudEventJson {

    static final String SOURCE_PREFIX = "/trade-ledger/";
    static final String REDACTED_PRICES = "priceList.floorPrice priceList.costPrice";

    private static final String PRICE_LIST_SET = "com.tradeledger.products.PriceListSet";
    private static final List<String> RESTRICTED_PRICES = List.of("floorPrice", "costPrice");

    private final ObjectMapper json;
    private final JsonFactory factory;

    CloudEventJson(ObjectMapper json) {
        this.json = json;
        this.factory = json.getFactory();
    }

    public String write(StoredEvent event) {
        StringWriter out = new StringWriter(256 + event.payload().length);
        try (JsonGenerator generator = factory.createGenerator(out)) {
            write(event, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A feed page, {@code {"events": [CloudEvent…], "next": <position>}}, written straight to the response as UTF-8
     * without building it in memory first.
     */
    public void write(FeedPage page, OutputStream response) throws IOException {
        try (JsonGenerator out = factory.createGenerator(response, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeArrayFieldStart("events");
            for (StoredEvent event : page.events()) {
                write(event, out);
            }
            out.writeEndArray();
            out.writeNumberField("next", page.next());
            out.writeEndObject();
        }
    }

    private void write(StoredEvent event, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("specversion", "1.0");
        out.writeStringField("id", event.eventId());
        out.writeStringField("source", SOURCE_PREFIX + event.aggregateType());
        out.writeStringField("type", type(event));
        out.writeStringField("subject", event.aggregateId());
        out.writeStringField("time", event.timestamp());
        out.writeStringField("datacontenttype", "application/json");
        out.writeStringField("position", Long.toString(event.position()));
        out.writeStringField("aggregatetype", event.aggregateType());
        out.writeStringField("sequence", Long.toString(event.sequence()));
        writeMetadata(event.metadata(), out);
        out.writeFieldName("data");
        if (PRICE_LIST_SET.equals(event.payloadType())) {
            out.writeTree(withoutRestrictedPrices(event.payload()));
            out.writeStringField("redacted", REDACTED_PRICES);
        } else {
            out.writeRawValue(new String(event.payload(), StandardCharsets.UTF_8));
        }
        out.writeEndObject();
    }

    static String type(StoredEvent event) {
        return event.payloadRevision() == null
                ? event.payloadType()
                : event.payloadType() + ".v" + event.payloadRevision();
    }

    private void writeMetadata(byte[] metadata, JsonGenerator out) throws IOException {
        if (metadata == null || metadata.length == 0) {
            return;
        }
        JsonNode values = json.readTree(metadata);
        writeText(out, "username", values.get(EventMetadata.USERNAME));
        writeText(out, "correlationid", values.get(EventMetadata.CORRELATION_ID));
        writeText(out, "causationid", values.get(EventMetadata.CAUSATION_ID));
    }

    private static void writeText(JsonGenerator out, String name, JsonNode value) throws IOException {
        if (value != null && !value.isNull()) {
            out.writeStringField(name, value.asText());
        }
    }

    private JsonNode withoutRestrictedPrices(byte[] payload) throws IOException {
        JsonNode data = json.readTree(payload);
        if (data.get("priceList") instanceof ObjectNode priceList) {
            priceList.remove(RESTRICTED_PRICES);
        }
        return data;
    }
}
