package com.tradeledger.contracting;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.SalesFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Contracts (合同) over HTTP: concluded from an accepted quote, approved by a second manager, signed, cancelled. */
@LedgerTest
class ContractHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SalesFlow flow;
    Api sally;
    Api max;
    String customer;
    String product;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        flow = new SalesFlow(port, LocalDate.now(clock));
        sally = flow.sally;
        max = flow.max;
        customer = flow.customer("500000");
        product = flow.product();
        flow.count(product, "NGB-1", "20000");
    }

    @Test
    void a_large_contract_is_approved_by_a_second_manager_and_signing_reserves_its_stock() {
        // 700 cartons at the carton price: 700 × 24 × 6.20 = 104 160.00 USD, above the 100 000 USD threshold.
        String quote = flow.acceptedQuote(customer, product, "700");
        String contract = flow.contract(quote);
        String base = "/api/v1/contracts/" + contract;
        ok(sally.post(base + "/agree-commission", Map.of("agent", flow.agent("AGENT-7"), "rate", "5")));

        refusals.refused(409, "contract-needs-approval", () -> sally.post(base + "/sign", Map.of()));
        ok(sally.post(base + "/submit", Map.of()));
        refusals.refused(403, "forbidden", () -> sally.post(base + "/approve", Map.of()));
        ok(max.post(base + "/approve", Map.of("note", "regular customer")));
        ok(sally.post(base + "/sign", Map.of()));

        assertThat(log.typesOf(contract))
                .containsExactly(
                        "ContractConcluded",
                        "PaymentTermsAgreed",
                        "DeliveryScheduled",
                        "CommissionAgreed",
                        "ContractSubmitted",
                        "ContractApproved",
                        "ContractSigned",
                        "ContractStockAllocated");
        assertThat(log.typesOf("stock-" + product)).containsExactly("StockCounted", "StockReserved");

        JsonNode signed =
                flow.await(sally, base, view -> view.get("status").asText().equals("SIGNED"));
        assertThat(signed.at("/total/amount").asText()).isEqualTo("104160.00");
        assertThat(signed.at("/approval/reasons/0").asText()).isEqualTo("AMOUNT_OVER_THRESHOLD");
        assertThat(signed.at("/approval/approvedBy").asText()).isEqualTo("max");
        assertThat(signed.at("/commission/agent").asText()).isEqualTo("AGENT-7");
        assertThat(signed.at("/lines/0/baseQuantity").asText()).isEqualTo("16800");

        JsonNode stock = flow.await(
                sally,
                "/api/v1/stock/" + product,
                view -> view.get("reserved").asText().equals("16800"));
        assertThat(stock.get("onHand").asText()).isEqualTo("20000");
        assertThat(stock.get("available").asText()).isEqualTo("3200");

        refusals.refused(
                409, "quote-already-contracted", () -> sally.post("/api/v1/contracts", Map.of("quoteId", quote)));
        refusals.refused(409, "contract-already-signed", () -> sally.post(base + "/sign", Map.of()));
    }

    @Test
    void a_manager_cannot_approve_what_they_submitted_and_a_rejection_returns_it_to_draft() {
        String contract = flow.contract(flow.acceptedQuote(customer, product, "700"));
        String base = "/api/v1/contracts/" + contract;
        ok(max.post(base + "/submit", Map.of()));
        refusals.refused(409, "self-approval", () -> max.post(base + "/approve", Map.of()));
        refusals.refused(400, "invalid-request", () -> Api.as(port, "admin").post(base + "/reject", Map.of()));
        ok(Api.as(port, "admin").post(base + "/reject", Map.of("reason", "ask for a larger deposit")));
        ok(sally.post(
                base + "/agree-payment-terms",
                Map.of("deposit", "50", "depositDueDays", 7, "balance", "AGAINST_DOCUMENTS", "balanceDueDays", 0)));

        JsonNode draft = flow.await(
                sally, base, view -> view.at("/paymentTerms/deposit").asText().equals("50"));
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.at("/approval/rejectionReason").asText()).isEqualTo("ask for a larger deposit");
    }

    @Test
    void a_small_contract_signs_without_approval_and_cancelling_it_releases_its_stock() {
        String contract = flow.contract(flow.acceptedQuote(customer, product, "10"));
        String base = "/api/v1/contracts/" + contract;
        refusals.refused(409, "approval-not-needed", () -> sally.post(base + "/submit", Map.of()));
        ok(sally.post(base + "/sign", Map.of()));
        refusals.refused(400, "invalid-request", () -> sally.post(base + "/cancel", Map.of()));
        ok(sally.post(base + "/cancel", Map.of("reason", "customer went bankrupt")));

        assertThat(log.typesOf("stock-" + product))
                .containsExactly("StockCounted", "StockReserved", "StockReservationReleased");
        JsonNode stock = flow.await(
                sally,
                "/api/v1/stock/" + product,
                view -> view.get("available").asText().equals("20000"));
        assertThat(stock.get("reserved").asText()).isEqualTo("0");
        refusals.refused(409, "contract-closed", () -> sally.post(base + "/sign", Map.of()));
    }

    @Test
    void refuses_broken_contract_rules_and_bad_input_and_appends_nothing() {
        String quote = flow.acceptedQuote(customer, product, "10");
        refusals.refused(400, "invalid-request", () -> sally.post("/api/v1/contracts", Map.of()));
        refusals.refused(
                409,
                "unknown-quote",
                () -> sally.post("/api/v1/contracts", Map.of("quoteId", java.util.UUID.randomUUID())));
        String contract = created(sally.post("/api/v1/contracts", Map.of("quoteId", quote)));
        String base = "/api/v1/contracts/" + contract;

        refusals.refused(409, "contract-incomplete", () -> sally.post(base + "/sign", Map.of()));
        refusals.refused(
                400,
                "invalid-value",
                () -> sally.post(
                        base + "/agree-payment-terms",
                        Map.of("deposit", "150", "depositDueDays", 7, "balance", "AFTER_SHIPMENT")));
        refusals.refused(
                409,
                "unknown-contract-line",
                () -> sally.post(
                        base + "/schedule-delivery",
                        Map.of(
                                "lineNumber",
                                9,
                                "deliveryDate",
                                LocalDate.now(clock).plusDays(9).toString())));
        refusals.refused(
                409,
                "delivery-before-conclusion",
                () -> sally.post(
                        base + "/schedule-delivery",
                        Map.of(
                                "lineNumber",
                                1,
                                "deliveryDate",
                                LocalDate.now(clock).minusDays(1).toString())));
        refusals.refused(
                403,
                "forbidden",
                () -> Api.as(port, "sam").post(base + "/agree-commission", Map.of("agent", "X1", "rate", "3")));
        refusals.refused(
                400, "invalid-value", () -> sally.post(base + "/agree-commission", Map.of("agent", "?", "rate", "3")));
        refusals.refused(409, "contract-not-awaiting-approval", () -> max.post(base + "/approve", Map.of()));
        refusals.refused(403, "forbidden", () -> flow.walt.post(base + "/sign", Map.of()));
    }
}
