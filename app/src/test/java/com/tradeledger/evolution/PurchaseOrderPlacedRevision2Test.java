package com.tradeledger.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tradeledger.purchasing.PurchaseOrderLine;
import com.tradeledger.purchasing.PurchaseOrderPlaced;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * A purchase order placed under revision 1, exactly as the store holds it, reads as revision 2 with each line's
 * conversion; a revision 2 event and other events are left as they are.
 */
class PurchaseOrderPlacedRevision2Test {

    private static final String TYPE = PurchaseOrderPlaced.class.getName();

    private final ObjectMapper storedFormat = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(storedFormat).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(new PurchaseOrderPlacedRevision2());

    @Test
    void reads_a_stored_revision_1_order_as_revision_2_with_the_conversion_each_line_was_placed_at()
            throws IOException {
        IntermediateEventRepresentation read = upcast(TYPE, "1", revision1());

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(read.getType().getName()).isEqualTo(TYPE);
        JsonNode line = read.getData(JsonNode.class).getData().at("/lines/0");
        assertThat(line.get("baseUnitsPerUnit").asText()).isEqualTo("24");

        PurchaseOrderPlaced placed = serializer.deserialize(read.getData());
        PurchaseOrderLine placedLine = placed.lines().get(0);
        assertThat(placedLine.baseUnitsPerUnit()).isEqualTo(new BigDecimal("24"));
        assertThat(placedLine.quantity()).isEqualTo(new BigDecimal("10"));
        assertThat(placedLine.baseQuantity()).isEqualTo(new BigDecimal("240"));
        assertThat(placed.total().amount()).isEqualTo(new BigDecimal("984.00"));
    }

    @Test
    void the_stored_payload_is_left_as_it_was() throws IOException {
        byte[] stored = revision1();
        byte[] copy = stored.clone();

        upcast(TYPE, "1", stored).getData(JsonNode.class).getData();

        assertThat(stored).isEqualTo(copy);
    }

    @Test
    void a_line_in_the_base_unit_holds_one_and_a_fraction_of_a_unit_stays_exact() {
        assertThat(PurchaseOrderPlacedRevision2.baseUnitsPerUnit(line("500", "500")))
                .isEqualTo(BigDecimal.ONE);
        assertThat(PurchaseOrderPlacedRevision2.baseUnitsPerUnit(line("12.50", "6.250")))
                .isEqualTo(new BigDecimal("0.5"));
        assertThat(PurchaseOrderPlacedRevision2.baseUnitsPerUnit(line("3", "3000")))
                .isEqualTo(new BigDecimal("1000"));
        assertThat(PurchaseOrderPlacedRevision2.baseUnitsPerUnit(line("20", "0.020")))
                .isEqualTo(new BigDecimal("0.001"));
    }

    @Test
    void a_revision_2_order_and_other_events_pass_unchanged() throws IOException {
        String revision2 = new String(revision1(), StandardCharsets.UTF_8)
                .replace("\"baseUnit\":\"TIN\"", "\"baseUnit\":\"TIN\",\"baseUnitsPerUnit\":\"25\"");
        IntermediateEventRepresentation current = upcast(TYPE, "2", revision2.getBytes(StandardCharsets.UTF_8));
        assertThat(current.getType().getRevision()).isEqualTo("2");
        assertThat(current.getData(JsonNode.class)
                        .getData()
                        .at("/lines/0/baseUnitsPerUnit")
                        .asText())
                .isEqualTo("25");

        IntermediateEventRepresentation other =
                upcast("com.tradeledger.purchasing.PromisedDateChanged", "1", revision1());
        assertThat(other.getType().getRevision()).isEqualTo("1");
        assertThat(other.getData(JsonNode.class).getData().at("/lines/0").has("baseUnitsPerUnit"))
                .isFalse();
    }

    private IntermediateEventRepresentation upcast(String type, String revision, byte[] payload) {
        var row = new GenericDomainEventEntry<>(
                "PurchaseOrder",
                "22222222-2222-4222-8222-222222222222",
                0,
                "e0000000-0000-4000-8000-000000000001",
                Instant.parse("2026-11-27T08:00:00Z"),
                type,
                revision,
                payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> read = chain.upcast(
                        Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private JsonNode line(String quantity, String baseQuantity) {
        return storedFormat.createObjectNode().put("quantity", quantity).put("baseQuantity", baseQuantity);
    }

    static byte[] revision1() throws IOException {
        try (InputStream in = PurchaseOrderPlacedRevision2Test.class.getResourceAsStream(
                "/evolution/purchase-order-placed-r1.json")) {
            return in.readAllBytes();
        }
    }
}
