package com.tradeledger.billing;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.SalesFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Billing over HTTP: the deposit invoice (发票) the ledger issues when a contract is signed, the payments (回款)
 * finance records against it, credit notes (红字发票), cancellation, and the agent's commission (佣金).
 */
@LedgerTest
class BillingHttpTest {

    /** A US dollar is worth 7.10 yuan, the functional currency, today. */
    private static final String RATE = "7.10";

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SalesFlow flow;
    Api fiona;
    LocalDate today;
    String customer;
    String product;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        today = LocalDate.now(clock);
        flow = new SalesFlow(port, today);
        fiona = flow.fiona;
        customer = flow.customer("500000");
        product = flow.product();
        flow.count(product, "NGB-1", "20000");
    }

    @Test
    void signing_a_contract_with_a_30_percent_deposit_invoices_the_deposit_under_the_year_series() {
        // 10 cartons at 148.80 USD = 1 488.00 USD; 30 % of it is 446.40 USD, due in 7 days.
        String contract = signedContract(false);

        JsonNode summary = depositInvoiceOf(contract);
        assertThat(summary.get("number").asText()).matches("INV-" + today.getYear() + "-\\d{6}");
        assertThat(summary.get("kind").asText()).isEqualTo("DEPOSIT");
        assertThat(summary.get("status").asText()).isEqualTo("OPEN");
        assertThat(summary.get("customerId").asText()).isEqualTo(customer);
        assertThat(summary.at("/total/amount").asText()).isEqualTo("446.40");
        assertThat(summary.at("/total/currency").asText()).isEqualTo("USD");
        assertThat(summary.at("/outstanding/amount").asText()).isEqualTo("446.40");
        assertThat(summary.get("issuedOn").asText()).isEqualTo(today.toString());
        assertThat(summary.get("dueOn").asText()).isEqualTo(today.plusDays(7).toString());

        String invoice = summary.get("id").asText();
        assertThat(log.typesOf(invoice)).first().isEqualTo("InvoiceIssued");
        JsonNode view = ok(fiona.get("/api/v1/invoices/" + invoice)).body();
        assertThat(view.get("contractId").asText()).isEqualTo(contract);
        assertThat(view.get("salesperson").asText()).isEqualTo("sally");
        assertThat(view.get("number").asText()).isEqualTo(summary.get("number").asText());
        assertThat(ok(flow.sally.get("/api/v1/invoices?customerId=" + customer))
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        refusals.refused(403, "forbidden", () -> flow.sally.get("/api/v1/invoices"));
        refusals.refused(403, "forbidden", () -> Api.as(port, "sam").get("/api/v1/invoices/" + invoice));
    }

    @Test
    void refuses_payments_that_break_the_rules_and_appends_nothing() {
        String invoice = depositInvoiceOf(signedContract(false)).get("id").asText();
        String stranger = flow.customer("100000");

        refusals.refused(409, "amount-not-positive", () -> pay(customer, "0.00", RATE, null));
        refusals.refused(409, "amount-not-positive", () -> pay(customer, "-10.00", RATE, null));
        refusals.refused(
                409, "unknown-invoice", () -> pay(customer, "100.00", RATE, allocate(UUID.randomUUID(), "100.00")));
        refusals.refused(
                409, "invoice-of-another-customer", () -> pay(stranger, "100.00", RATE, allocate(invoice, "100.00")));
        refusals.refused(
                409, "payment-exceeds-outstanding", () -> pay(customer, "500.00", RATE, allocate(invoice, "500.00")));
        refusals.refused(
                409, "allocations-exceed-payment", () -> pay(customer, "100.00", RATE, allocate(invoice, "200.00")));
        refusals.refused(409, "rate-required", () -> pay(customer, "100.00", null, allocate(invoice, "100.00")));
        refusals.refused(
                403,
                "forbidden",
                () -> flow.sally.post(
                        "/api/v1/payments", receipt(customer, "100.00", RATE, allocate(invoice, "100.00"))));
        assertThat(log.typesOf(invoice)).containsExactly("InvoiceIssued");

        String payment = created(pay(customer, "100.00", RATE, allocate(invoice, "100.00")));
        assertThat(log.typesOf(payment)).containsExactly("PaymentReceived", "PaymentAllocated");
        JsonNode paid = awaitInvoice(
                invoice, view -> view.at("/outstanding/amount").asText().equals("346.40"));
        assertThat(paid.at("/paid/amount").asText()).isEqualTo("100.00");
        assertThat(paid.get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void a_credit_note_reduces_what_is_outstanding_under_its_own_number_and_never_below_zero() {
        String invoice = depositInvoiceOf(signedContract(false)).get("id").asText();
        String credit = "/api/v1/invoices/" + invoice + "/credit";

        refusals.refused(
                409,
                "credit-exceeds-invoice",
                () -> fiona.post(credit, Map.of("amount", usd("446.41"), "reason", "damaged in transit")));
        refusals.refused(
                409,
                "amount-not-positive",
                () -> fiona.post(credit, Map.of("amount", usd("0.00"), "reason", "damaged in transit")));
        refusals.refused(
                409,
                "currency-mismatch",
                () -> fiona.post(
                        credit,
                        Map.of(
                                "amount",
                                Map.of("amount", "10.00", "currency", "EUR"),
                                "reason",
                                "damaged in transit")));
        refusals.refused(400, "invalid-request", () -> fiona.post(credit, Map.of("amount", usd("10.00"))));
        refusals.refused(
                403,
                "forbidden",
                () -> flow.sally.post(credit, Map.of("amount", usd("10.00"), "reason", "damaged in transit")));
        refusals.refused(
                404,
                "not-found",
                () -> fiona.post(
                        "/api/v1/invoices/" + UUID.randomUUID() + "/credit",
                        Map.of("amount", usd("10.00"), "reason", "damaged in transit")));
        assertThat(log.typesOf(invoice)).containsExactly("InvoiceIssued");

        ok(fiona.post(credit, Map.of("amount", usd("46.40"), "reason", "two cartons damaged in transit")));

        JsonNode credited = awaitInvoice(
                invoice, view -> view.at("/outstanding/amount").asText().equals("400.00"));
        assertThat(credited.at("/credited/amount").asText()).isEqualTo("46.40");
        assertThat(credited.at("/creditNotes/0/number").asText()).matches("CN-" + today.getYear() + "-\\d{6}");
        assertThat(credited.at("/creditNotes/0/amount/amount").asText()).isEqualTo("46.40");
        assertThat(credited.at("/creditNotes/0/reason").asText()).isEqualTo("two cartons damaged in transit");
        assertThat(credited.at("/creditNotes/0/issuedBy").asText()).isEqualTo("fiona");
        refusals.refused(
                409,
                "credit-exceeds-invoice",
                () -> fiona.post(credit, Map.of("amount", usd("400.01"), "reason", "damaged in transit")));
        refusals.refused(
                409,
                "invoice-has-payments",
                () -> fiona.post("/api/v1/invoices/" + invoice + "/cancel", Map.of("reason", "issued in error")));
    }

    @Test
    void an_unpaid_deposit_invoice_is_cancelled_and_then_takes_no_payment_or_credit() {
        String invoice = depositInvoiceOf(signedContract(false)).get("id").asText();
        String base = "/api/v1/invoices/" + invoice;

        refusals.refused(400, "invalid-request", () -> fiona.post(base + "/cancel", Map.of()));
        ok(fiona.post(base + "/cancel", Map.of("reason", "deposit waived by the manager")));

        JsonNode cancelled =
                awaitInvoice(invoice, view -> view.get("status").asText().equals("CANCELLED"));
        assertThat(cancelled.get("cancellationReason").asText()).isEqualTo("deposit waived by the manager");
        refusals.refused(409, "invoice-cancelled", () -> pay(customer, "100.00", RATE, allocate(invoice, "100.00")));
        refusals.refused(
                409,
                "invoice-cancelled",
                () -> fiona.post(base + "/credit", Map.of("amount", usd("10.00"), "reason", "goodwill")));
        refusals.refused(409, "invoice-cancelled", () -> fiona.post(base + "/cancel", Map.of("reason", "again")));
        assertThat(log.typesOf(invoice)).containsExactly("InvoiceIssued", "InvoiceCancelled");
    }

    @Test
    void commission_is_paid_out_only_once_collections_earned_it() {
        String invoice = depositInvoiceOf(signedContract(true)).get("id").asText();
        String payCommission = "/api/v1/invoices/" + invoice + "/pay-commission";

        refusals.refused(409, "no-commission-due", () -> fiona.post(payCommission, Map.of("reference", "AGENT-7/1")));
        refusals.refused(400, "invalid-request", () -> fiona.post(payCommission, Map.of()));

        created(pay(customer, "100.00", RATE, allocate(invoice, "100.00")));
        ok(fiona.post(payCommission, Map.of("reference", "AGENT-7/1")));

        assertThat(log.typesOf(invoice))
                .containsExactly("InvoiceIssued", "InvoicePaymentApplied", "CommissionAccrued", "CommissionPaid");
        refusals.refused(409, "no-commission-due", () -> fiona.post(payCommission, Map.of("reference", "AGENT-7/2")));
        JsonNode view = awaitInvoice(
                invoice, it -> it.at("/commission/paid/amount").asText().equals("5.00"));
        assertThat(view.at("/commission/agent").asText()).isEqualTo("AGENT-7");
    }

    @Test
    void shipping_invoices_the_goods_less_the_deposit_and_paying_everything_completes_the_contract() {
        String contract = signedContract(false);
        JsonNode depositInvoice = depositInvoiceOf(contract);
        String deposit = depositInvoice.get("id").asText();
        Api walt = flow.walt;
        String shipment = created(walt.post(
                "/api/v1/shipments",
                Map.of(
                        "contractId",
                        contract,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("contractLine", 1, "quantity", "10")))));
        ok(walt.post("/api/v1/shipments/" + shipment + "/ship", Map.of()));

        JsonNode invoices = flow.await(
                fiona,
                "/api/v1/invoices?contractId=" + contract + "&status=OPEN",
                it -> it.get("total").asLong() == 2);
        JsonNode goods = invoices.get("items").findParents("kind").stream()
                .filter(it -> it.get("kind").asText().equals("SHIPMENT"))
                .findFirst()
                .orElseThrow();
        assertThat(goods.get("number").asText())
                .matches("INV-" + today.getYear() + "-\\d{6}")
                .isNotEqualTo(depositInvoice.get("number").asText());
        assertThat(goods.get("dueOn").asText()).isEqualTo(today.plusDays(30).toString());
        JsonNode view =
                ok(fiona.get("/api/v1/invoices/" + goods.get("id").asText())).body();
        assertThat(view.get("shipmentId").asText()).isEqualTo(shipment);
        assertThat(view.at("/goodsTotal/amount").asText()).isEqualTo("1488.00");
        assertThat(view.at("/depositApplied/amount").asText()).isEqualTo("446.40");
        assertThat(view.at("/total/amount").asText()).isEqualTo("1041.60");

        // Without allocations a payment settles the customer's open invoices, oldest due first.
        created(pay(customer, "1488.00", RATE, null));

        awaitInvoice(deposit, it -> it.get("status").asText().equals("SETTLED"));
        awaitInvoice(goods.get("id").asText(), it -> it.get("status").asText().equals("SETTLED"));
        JsonNode completed = flow.await(
                flow.sally,
                "/api/v1/contracts/" + contract,
                it -> it.get("status").asText().equals("COMPLETED"));
        assertThat(completed.get("completedOn").asText()).isEqualTo(today.toString());
    }

    /** A 10-carton contract signed with a 30 % deposit, optionally with a 5 % commission for agent AGENT-7. */
    private String signedContract(boolean withCommission) {
        String contract = flow.contract(flow.acceptedQuote(customer, product, "10"));
        String base = "/api/v1/contracts/" + contract;
        if (withCommission) {
            ok(flow.sally.post(base + "/agree-commission", Map.of("agent", flow.agent("AGENT-7"), "rate", "5")));
        }
        ok(flow.sally.post(base + "/sign", Map.of()));
        return contract;
    }

    private JsonNode depositInvoiceOf(String contract) {
        JsonNode page = flow.await(
                fiona,
                "/api/v1/invoices?contractId=" + contract,
                it -> it.get("total").asLong() == 1);
        return page.at("/items/0");
    }

    private JsonNode awaitInvoice(String invoice, java.util.function.Predicate<JsonNode> until) {
        return flow.await(fiona, "/api/v1/invoices/" + invoice, until);
    }

    private Api.Response pay(String payer, String amount, String rate, List<Map<String, Object>> allocations) {
        return fiona.post("/api/v1/payments", receipt(payer, amount, rate, allocations));
    }

    private Map<String, Object> receipt(
            String payer, String amount, String rate, List<Map<String, Object>> allocations) {
        Map<String, Object> receipt = new HashMap<>();
        receipt.put("customerId", payer);
        receipt.put("amount", usd(amount));
        receipt.put("bankReference", SalesFlow.unique("SWIFT"));
        receipt.put("receivedOn", today.toString());
        if (rate != null) {
            receipt.put("rateToFunctional", rate);
        }
        if (allocations != null) {
            receipt.put("allocations", allocations);
        }
        return receipt;
    }

    private static List<Map<String, Object>> allocate(Object invoice, String amount) {
        return List.of(Map.of("invoiceId", invoice.toString(), "amount", usd(amount)));
    }
}
