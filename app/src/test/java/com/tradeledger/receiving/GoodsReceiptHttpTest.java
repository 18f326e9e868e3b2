package com.tradeledger.receiving;

import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.purchasing.SupplyFlow.decimal;
import static com.tradeledger.purchasing.SupplyFlow.giveBack;
import static com.tradeledger.purchasing.SupplyFlow.onHandIn;
import static com.tradeledger.purchasing.SupplyFlow.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.purchasing.SupplyFlow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Goods receipts (收货) and returns to the supplier (退货) over HTTP: no more rejected than came in, no more sent back
 * than was rejected or accepted, nothing sent back that is reserved for a contract; and stock (库存) moved between
 * warehouses, never more than a warehouse holds — with the stock figures after each step.
 */
@LedgerTest
class GoodsReceiptHttpTest {

    private static final String RECEIPTS = "/api/v1/goods-receipts";

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SupplyFlow supply;
    Api walt;
    String product;
    String supplier;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        supply = new SupplyFlow(port, LocalDate.now(clock));
        walt = supply.walt;
        product = supply.sales.product();
        supplier = supply.supplier("USD");
    }

    @Test
    void returns_rejected_and_faulty_goods_but_never_more_than_was_rejected_or_accepted() {
        String order = supply.placed(supplier, List.of(supply.line(product, "100", 20)));
        supply.stock(product, "0", "0", "2400");

        refusals.refused(
                409, "rejected-out-of-range", () -> walt.post(RECEIPTS, receipt(order, "NGB-1", 1, "50", "51")));
        // 50 cartons in, 5 of them crushed: 45 cartons (1 080 tins) into stock, 55 still on order.
        String receipt = supply.received(order, "NGB-1", 1, "50", "5");
        supply.stock(product, "1080", "0", "1320");
        String giveBack = RECEIPTS + "/" + receipt + "/return";

        refusals.refused(409, "return-exceeds-rejected", () -> walt.post(giveBack, giveBack(1, "6", false)));
        refusals.refused(409, "return-exceeds-accepted", () -> walt.post(giveBack, giveBack(1, "46", true)));
        ok(walt.post(giveBack, giveBack(1, "5", false)));
        supply.stock(product, "1080", "0", "1320");
        refusals.refused(409, "return-exceeds-rejected", () -> walt.post(giveBack, giveBack(1, "1", false)));

        ok(walt.post(giveBack, giveBack(1, "5", true)));
        // 5 faulty cartons (120 tins) leave stock and are on order again.
        supply.stock(product, "960", "0", "1440");
        refusals.refused(409, "return-exceeds-accepted", () -> walt.post(giveBack, giveBack(1, "41", true)));
        refusals.refused(409, "line-not-on-receipt", () -> walt.post(giveBack, giveBack(2, "1", false)));
        refusals.refused(400, "invalid-request", () -> walt.post(giveBack, Map.of("lines", List.of())));
        refusals.refused(403, "forbidden", () -> supply.paula.post(giveBack, giveBack(1, "1", true)));

        JsonNode view = supply.sales.await(
                walt, RECEIPTS + "/" + receipt, it -> it.get("returns").size() == 2);
        assertThat(decimal(view.at("/lines/0/received"))).isEqualByComparingTo("50");
        assertThat(decimal(view.at("/lines/0/rejected"))).isEqualByComparingTo("5");
        assertThat(decimal(view.at("/lines/0/accepted"))).isEqualByComparingTo("45");
        assertThat(decimal(view.at("/lines/0/acceptedBaseQuantity"))).isEqualByComparingTo("1080");
        assertThat(view.at("/returns/0/lines/0/fromStock").asBoolean()).isFalse();
        assertThat(decimal(view.at("/returns/1/lines/0/baseQuantity"))).isEqualByComparingTo("120");
        JsonNode ordered = supply.sales.await(
                supply.paula,
                "/api/v1/purchase-orders/" + order,
                it -> decimal(it.at("/lines/0/accepted")).compareTo(new BigDecimal("40")) == 0);
        assertThat(decimal(ordered.at("/lines/0/open"))).isEqualByComparingTo("60");
        assertThat(log.typesOf(receipt)).containsExactly("GoodsReceived", "GoodsReturned", "GoodsReturned");
    }

    @Test
    void refuses_receipts_that_do_not_add_up_and_appends_nothing() {
        String order = supply.placed(supplier, List.of(supply.line(product, "100", 20)));

        refusals.refused(
                409, "rejected-out-of-range", () -> walt.post(RECEIPTS, receipt(order, "NGB-1", 1, "10", "11")));
        refusals.refused(
                409, "rejected-out-of-range", () -> walt.post(RECEIPTS, receipt(order, "NGB-1", 1, "10", "-1")));
        refusals.refused(
                409, "quantity-not-positive", () -> walt.post(RECEIPTS, receipt(order, "NGB-1", 1, "0", null)));
        refusals.refused(409, "unknown-order-line", () -> walt.post(RECEIPTS, receipt(order, "NGB-1", 2, "10", null)));
        refusals.refused(
                409,
                "unknown-purchase-order",
                () -> walt.post(RECEIPTS, receipt(UUID.randomUUID().toString(), "NGB-1", 1, "10", null)));
        refusals.refused(
                400,
                "invalid-request",
                () -> walt.post(RECEIPTS, Map.of("purchaseOrderId", order, "warehouse", "NGB-1", "lines", List.of())));
        refusals.refused(403, "forbidden", () -> supply.paula.post(RECEIPTS, receipt(order, "NGB-1", 1, "10", null)));
        assertThat(log.typesOf(order)).containsExactly("PurchaseOrderPlaced");
        assertThat(log.typesOf("stock-" + product)).isEmpty();
    }

    @Test
    void goods_reserved_for_a_contract_cannot_go_back_to_the_supplier() {
        String order = supply.placed(supplier, List.of(supply.line(product, "10", 20)));
        String receipt = supply.received(order, "NGB-1", 1, "10", null);
        supply.stock(product, "240", "0", "0");
        // Signing a contract for the 10 cartons reserves every tin there is.
        supply.signedContract(product, "10");
        supply.stock(product, "240", "240", "0");

        refusals.refused(
                409, "not-enough-stock", () -> walt.post(RECEIPTS + "/" + receipt + "/return", giveBack(1, "1", true)));
        assertThat(log.typesOf(receipt)).containsExactly("GoodsReceived");
        supply.stock(product, "240", "240", "0");
    }

    @Test
    void transfers_stock_between_warehouses_but_never_more_than_the_warehouse_holds() {
        supply.sales.count(product, "NGB-1", "100");
        String transfer = "/api/v1/stock/" + product + "/transfer";

        ok(walt.post(transfer, Map.of("from", "NGB-1", "to", "SHA-2", "quantity", "40")));
        JsonNode stock = supply.sales.await(
                walt, "/api/v1/stock/" + product, it -> it.get("warehouses").size() == 2);
        assertThat(onHandIn(stock, "NGB-1")).isEqualByComparingTo("60");
        assertThat(onHandIn(stock, "SHA-2")).isEqualByComparingTo("40");
        supply.stock(product, "100", "0", "0");

        refusals.refused(
                409,
                "transfer-within-warehouse",
                () -> walt.post(transfer, Map.of("from", "NGB-1", "to", "ngb-1", "quantity", "1")));
        refusals.refused(
                409,
                "not-enough-stock",
                () -> walt.post(transfer, Map.of("from", "NGB-1", "to", "SHA-2", "quantity", "61")));
        refusals.refused(
                409,
                "not-enough-stock",
                () -> walt.post(transfer, Map.of("from", "CAN-3", "to", "SHA-2", "quantity", "1")));
        refusals.refused(
                400,
                "invalid-request",
                () -> walt.post(transfer, Map.of("from", "NGB-1", "to", "SHA-2", "quantity", "0")));
        refusals.refused(
                404,
                "not-found",
                () -> walt.post(
                        "/api/v1/stock/" + UUID.randomUUID() + "/transfer",
                        Map.of("from", "NGB-1", "to", "SHA-2", "quantity", "1")));
        refusals.refused(
                403,
                "forbidden",
                () -> supply.sales.sally.post(transfer, Map.of("from", "NGB-1", "to", "SHA-2", "quantity", "1")));

        ok(walt.post(transfer, Map.of("from", "NGB-1", "to", "SHA-2", "quantity", "60")));
        JsonNode emptied = supply.sales.await(
                walt, "/api/v1/stock/" + product, it -> onHandIn(it, "SHA-2").compareTo(new BigDecimal("100")) == 0);
        assertThat(onHandIn(emptied, "NGB-1")).isEqualByComparingTo("0");
        assertThat(decimal(emptied.get("onHand"))).isEqualByComparingTo("100");
        assertThat(log.typesOf("stock-" + product))
                .containsExactly("StockCounted", "StockTransferred", "StockTransferred");
        JsonNode movements = supply.sales.await(
                walt,
                "/api/v1/stock/" + product + "/movements",
                page -> page.get("total").asLong() == 3);
        assertThat(movements.at("/items/1/kind").asText()).isEqualTo("TRANSFERRED");
        assertThat(movements.at("/items/1/warehouse").asText()).isEqualTo("NGB-1");
        assertThat(movements.at("/items/1/toWarehouse").asText()).isEqualTo("SHA-2");
    }
}
