package com.tradeledger.payables;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.purchasing.SupplyFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Supplier bills and payments over HTTP: the same goods are not billed twice, an invoice is recorded once, a held bill
 * is not paid before it is approved, and every refusal appends nothing.
 */
@LedgerTest
class PayablesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    LocalDate today;
    SupplyFlow supply;
    Refusals refusals;
    Api fiona;
    String supplier;
    String order;

    @BeforeEach
    void aHundredCartonsReceived() {
        today = LocalDate.now(clock);
        supply = new SupplyFlow(port, today);
        refusals = new Refusals(log);
        fiona = supply.sales.fiona;
        String product = supply.sales.product();
        supplier = supply.supplier("USD");
        order = supply.placed(supplier, List.of(supply.line(product, "100", 10)));
        supply.received(order, "NGB-1", 1, "100", null);
    }

    private Map<String, Object> bill(String invoiceNumber, String cartons, String unitPrice) {
        return Map.of(
                "purchaseOrderId", order,
                "supplierInvoiceNumber", invoiceNumber,
                "lines", List.of(Map.of("purchaseOrderLine", 1, "quantity", cartons, "unitPrice", usd(unitPrice))),
                "billedOn", today.toString(),
                "dueOn", today.plusDays(30).toString());
    }

    private Map<String, Object> payment(String bill, String amount) {
        return Map.of(
                "supplierId",
                supplier,
                "amount",
                usd(amount),
                "bankReference",
                "BOC-TT-1",
                "paidOn",
                today.toString(),
                "rateToFunctional",
                "7.1",
                "allocations",
                List.of(Map.of("billId", bill, "amount", usd(amount))));
    }

    private JsonNode awaitBill(String bill, String status) {
        return supply.sales.await(
                fiona,
                "/api/v1/supplier-bills/" + bill,
                view -> view.get("status").asText().equals(status));
    }

    @Test
    void the_same_goods_billed_again_are_held_and_an_invoice_is_recorded_once() {
        String first = created(fiona.post("/api/v1/supplier-bills", bill("INV-1", "60", "98.40")));
        awaitBill(first, "PAYABLE");
        refusals.refused(
                409,
                "supplier-invoice-already-recorded",
                () -> fiona.post("/api/v1/supplier-bills", bill("INV-1", "40", "98.40")));

        String second = created(fiona.post("/api/v1/supplier-bills", bill("INV-2", "60", "98.40")));
        JsonNode held = awaitBill(second, "HELD");
        assertThat(held.at("/mismatches/0/kind").asText()).isEqualTo("QUANTITY");
        assertThat(held.at("/mismatches/0/expected").asText()).isEqualTo("40");
    }

    @Test
    void refuses_bad_bills_and_payments_and_appends_nothing() {
        refusals.refused(400, "invalid-request", () -> fiona.post("/api/v1/supplier-bills", Map.of()));
        refusals.refused(
                409,
                "unknown-order-line",
                () -> fiona.post(
                        "/api/v1/supplier-bills",
                        Map.of(
                                "purchaseOrderId", order,
                                "supplierInvoiceNumber", "INV-9",
                                "lines",
                                        List.of(Map.of(
                                                "purchaseOrderLine", 7, "quantity", "1", "unitPrice", usd("1.00"))),
                                "billedOn", today.toString(),
                                "dueOn", today.toString())));
        refusals.refused(
                409,
                "due-before-billed",
                () -> fiona.post(
                        "/api/v1/supplier-bills",
                        Map.of(
                                "purchaseOrderId", order,
                                "supplierInvoiceNumber", "INV-9",
                                "lines",
                                        List.of(Map.of(
                                                "purchaseOrderLine", 1, "quantity", "1", "unitPrice", usd("98.40"))),
                                "billedOn", today.toString(),
                                "dueOn", today.minusDays(1).toString())));
        refusals.refused(
                403, "forbidden", () -> supply.paula.post("/api/v1/supplier-bills", bill("INV-3", "1", "98.40")));

        String held = created(fiona.post("/api/v1/supplier-bills", bill("INV-4", "10", "120.00")));
        awaitBill(held, "HELD");
        refusals.refused(
                409, "bill-not-payable", () -> fiona.post("/api/v1/supplier-payments", payment(held, "1200.00")));
        refusals.refused(
                400, "invalid-request", () -> fiona.post("/api/v1/supplier-bills/" + held + "/approve", Map.of()));
        refusals.refused(
                409,
                "self-approval",
                () -> fiona.post(
                        "/api/v1/supplier-bills/" + held + "/approve", Map.of("reason", "price rise accepted")));
        ok(supply.sales.max.post(
                "/api/v1/supplier-bills/" + held + "/approve", Map.of("reason", "price rise accepted")));
        refusals.refused(
                409,
                "payment-not-fully-allocated",
                () -> fiona.post(
                        "/api/v1/supplier-payments",
                        Map.of(
                                "supplierId",
                                supplier,
                                "amount",
                                usd("1300.00"),
                                "bankReference",
                                "BOC-TT-2",
                                "paidOn",
                                today.toString(),
                                "rateToFunctional",
                                "7.1",
                                "allocations",
                                List.of(Map.of("billId", held, "amount", usd("1200.00"))))));
        refusals.refused(
                409,
                "payment-exceeds-outstanding",
                () -> fiona.post("/api/v1/supplier-payments", payment(held, "1200.01")));
        refusals.refused(
                403, "forbidden", () -> supply.sales.sally.post("/api/v1/supplier-payments", payment(held, "1200.00")));
        created(fiona.post("/api/v1/supplier-payments", payment(held, "1200.00")));
        awaitBill(held, "PAID");
        assertThat(log.typesOf(held))
                .containsExactly(
                        "SupplierBillRecorded", "SupplierBillHeld", "SupplierBillApproved", "SupplierBillPaid");
    }
}
