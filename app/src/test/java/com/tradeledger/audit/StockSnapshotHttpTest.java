package com.tradeledger.audit;

import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import com.tradeledger.stock.Stock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A product's stock is snapshotted once it has gathered enough events; the snapshot holds exactly the state its
 * events give at that sequence (the auditor's state, rebuilt from the events alone), reservations included, and the
 * stock loaded from it goes on from there.
 */
@LedgerTest
class StockSnapshotHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    EventStore events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_busy_stock_is_snapshotted_with_the_state_its_events_give_and_goes_on_from_the_snapshot() {
        SalesFlow flow = new SalesFlow(port, LocalDate.now(clock));
        String product = flow.product();
        flow.count(product, "NGB-1", "5000");
        String contract = flow.contract(flow.acceptedQuote(flow.customer("500000"), product, "10"));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        for (int count = 0; count < 100; count++) {
            flow.count(product, count % 2 == 0 ? "SHA-2" : "NGB-1", Integer.toString(1_000 + count));
        }
        String stock = "stock-" + product;

        long snapshotAt = await().atMost(Duration.ofSeconds(10))
                .until(() -> snapshotOf(stock), Optional::isPresent)
                .orElseThrow();
        DomainEventStream loaded = events.readEvents(stock);
        DomainEventMessage<?> snapshot = loaded.next();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(snapshotAt);
        assertThat(snapshot.getPayload()).isInstanceOf(Stock.class);
        JsonNode fromEvents = Api.as(port, "audrey")
                .get("/api/v1/audit/aggregates/" + stock + "/state?sequence=" + snapshotAt)
                .body()
                .get("state");
        assertThat(fromEvents.get("reservations").toString()).contains(contract);
        assertThat(fromEvents.at("/onHand/SHA-2").isMissingNode()).isFalse();
        assertThat(AggregateStateJson.of(snapshot.getPayload())).isEqualTo(fromEvents);

        // The next count finds the warehouse's on hand as the snapshot and the events after it left it.
        flow.count(product, "NGB-1", "7");
        JsonNode latest = Api.as(port, "audrey")
                .get("/api/v1/audit/aggregates/" + stock + "/state")
                .body();
        assertThat(latest.at("/state/onHand/NGB-1").asText()).isEqualTo("7");
        assertThat(latest.get("state").get("reservations")).isEqualTo(fromEvents.get("reservations"));
        assertThat(lastPayloadOf(stock)).contains("\"difference\":\"-1092\"");
    }

    @Test
    void a_snapshot_of_another_revision_is_set_aside_and_the_stock_is_loaded_from_its_events() {
        SalesFlow flow = new SalesFlow(port, LocalDate.now(clock));
        String product = flow.product();
        flow.count(product, "NGB-1", "50");
        flow.count(product, "NGB-1", "60");
        String stock = "stock-" + product;
        // What an older form of the stock would have left: its fields are not this revision's.
        jdbc.sql("""
                        insert into snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            timestamp, payloadtype, payloadrevision, payload, metadata)
                        values (?, 1, 'Stock', ?, '2026-01-01T00:00:00Z', 'com.tradeledger.stock.Stock', '0',
                            convert_to('{"stockId":null,"onHand":{"NGB-1":999}}', 'UTF8'), convert_to('{}', 'UTF8'))
                        """).params(stock, UUID.randomUUID().toString()).update();

        flow.count(product, "NGB-1", "70");

        assertThat(lastPayloadOf(stock)).contains("\"difference\":\"10\"");
    }

    private String lastPayloadOf(String aggregate) {
        return jdbc.sql("select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ?"
                        + " order by sequencenumber desc limit 1")
                .param(aggregate)
                .query(String.class)
                .single();
    }

    private Optional<Long> snapshotOf(String aggregate) {
        return jdbc.sql("select max(sequencenumber) from snapshotevententry where aggregateidentifier = ?")
                .param(aggregate)
                .query((row, number) -> Optional.ofNullable(row.getObject(1, Long.class)))
                .single();
    }
}
