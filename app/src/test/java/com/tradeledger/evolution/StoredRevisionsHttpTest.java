package com.tradeledger.evolution;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.Integrators;
import com.tradeledger.LedgerTest;
import com.tradeledger.purchasing.SupplyFlow;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * A purchase order stored under revision 1 of {@code PurchaseOrderPlaced}, written straight into the event table as
 * the ledger stored it before revision 2, is read as revision 2 everywhere: the order receives goods at the conversion
 * it was placed at, the purchase book shows that conversion (live and rebuilt), and the feed serves the event as
 * revision 2; only the auditors' history shows the row as stored. Orders placed now are stored as revision 2.
 */
@LedgerTest
class StoredRevisionsHttpTest {

    private static final String PLACED = "com.tradeledger.purchasing.PurchaseOrderPlaced";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsManager users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_revision_1_order_reads_as_revision_2_in_its_aggregate_the_purchase_book_and_the_feed() throws IOException {
        LocalDate today = LocalDate.now(clock);
        SupplyFlow flow = new SupplyFlow(port, today);
        String supplier = flow.supplier("USD");
        String product = flow.sales.product();
        String order = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        long position = storeRevision1(eventId, order, supplier, product, today);

        // 5 cartons arrive: the order's line counts them at 24 tins a carton, a figure revision 1 never stored.
        String receipt =
                created(flow.walt.post("/api/v1/goods-receipts", SupplyFlow.receipt(order, "NGB-1", 1, "5", null)));
        JsonNode received = history(receipt).at("/events/0/payload/lines/0");
        assertThat(new BigDecimal(received.get("acceptedBaseQuantity").asText()))
                .isEqualByComparingTo("120");

        JsonNode line = purchaseBookLine(flow, order);
        assertThat(line.get("baseUnitsPerUnit").asText()).isEqualTo("24");
        assertThat(line.get("baseQuantity").asText()).isEqualTo("240");

        JsonNode event = feedEntry(position);
        assertThat(event.get("id").asText()).isEqualTo(eventId);
        assertThat(event.get("type").asText()).isEqualTo(PLACED + ".v2");
        assertThat(event.at("/data/lines/0/baseUnitsPerUnit").asText()).isEqualTo("24");
        assertThat(event.at("/data/lines/0/quantity").asText()).isEqualTo("10");
        assertThat(event.get("username").asText()).isEqualTo("paula");

        JsonNode stored = history(order).at("/events/0");
        assertThat(stored.get("revision").asText()).isEqualTo("1");
        assertThat(stored.at("/payload/lines/0").has("baseUnitsPerUnit")).isFalse();

        Api admin = Api.as(port, "admin");
        assertThat(admin.post("/api/v1/admin/projections/purchase-book/rebuild", Map.of())
                        .status())
                .isEqualTo(202);
        JsonNode rebuilt = purchaseBookLine(flow, order);
        assertThat(rebuilt.get("baseUnitsPerUnit").asText()).isEqualTo("24");
        assertThat(rebuilt).isEqualTo(line);
    }

    @Test
    void an_order_placed_now_is_stored_as_revision_2_with_the_conversion_of_each_line() {
        LocalDate today = LocalDate.now(clock);
        SupplyFlow flow = new SupplyFlow(port, today);
        String product = flow.sales.product();
        String order = flow.placed(flow.supplier("USD"), List.of(flow.line(product, "10", 20)));

        JsonNode stored = history(order).at("/events/0");
        assertThat(stored.get("type").asText()).isEqualTo(PLACED);
        assertThat(stored.get("revision").asText()).isEqualTo("2");
        assertThat(stored.at("/payload/lines/0/baseUnitsPerUnit").asText()).isEqualTo("24");
        assertThat(stored.at("/payload/lines/0/baseQuantity").asText()).isEqualTo("240");

        JsonNode event = feedEntry(stored.get("position").asLong());
        assertThat(event.get("type").asText()).isEqualTo(PLACED + ".v2");
        assertThat(event.at("/data/lines/0/baseUnitsPerUnit").asText()).isEqualTo("24");
    }

    /** The row revision 1 wrote for this order, with its ids and dates, appended to the log; returns its position. */
    private long storeRevision1(String eventId, String order, String supplier, String product, LocalDate today)
            throws IOException {
        String payload = resource("purchase-order-placed-r1.json")
                .replace("22222222-2222-4222-8222-222222222222", order)
                .replace("33333333-3333-4333-8333-333333333333", supplier)
                .replace("11111111-1111-4111-8111-111111111111", product)
                .replace("2026-11-27", today.toString())
                .replace("2026-12-17", today.plusDays(20).toString());
        return jdbc.sql("""
                        INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,
                                                      timestamp, payloadtype, payloadrevision, payload, metadata)
                        VALUES (?, ?, 0, 'PurchaseOrder', ?, ?, '1', ?, ?) RETURNING globalindex""")
                .params(
                        eventId,
                        order,
                        DateTimeUtils.formatInstant(Instant.now()),
                        PLACED,
                        payload.getBytes(StandardCharsets.UTF_8),
                        resource("purchase-order-placed-r1.metadata.json").getBytes(StandardCharsets.UTF_8))
                .query(Long.class)
                .single();
    }

    /** The order's first line in the purchase book, once it shows the 5 cartons received. */
    private JsonNode purchaseBookLine(SupplyFlow flow, String order) {
        return flow.sales
                .await(
                        flow.paula,
                        "/api/v1/purchase-orders/" + order,
                        view -> new BigDecimal(view.at("/lines/0/accepted").asText("0"))
                                        .compareTo(BigDecimal.valueOf(5))
                                == 0)
                .at("/lines/0");
    }

    private JsonNode history(String aggregate) {
        return ok(Api.as(port, "audrey").get("/api/v1/audit/aggregates/" + aggregate + "/events"))
                .body();
    }

    /** The event at this position as an integrator's feed serves it. */
    private JsonNode feedEntry(long position) {
        Api ian = integrator();
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> ok(ian.get("/api/v1/feed?limit=1&after=" + (position - 1)))
                                .body()
                                .at("/events/0"),
                        entry -> entry.path("position").asText().equals(Long.toString(position)));
    }

    private Api integrator() {
        return Integrators.ian(port, users, passwords);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StoredRevisionsHttpTest.class.getResourceAsStream("/evolution/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
