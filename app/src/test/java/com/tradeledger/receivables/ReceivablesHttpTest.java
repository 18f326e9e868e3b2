package com.tradeledger.receivables;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Receivables (应收帐款) over HTTP: a signed contract's deposit invoice, partly paid in US dollars, listed, summed,
 * exported as CSV and aged on a past day, and who may read it.
 */
@LedgerTest
class ReceivablesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    SalesFlow flow;
    Api fiona;
    LocalDate today;
    String customer;
    String invoice;

    /** Sally's customer owes 446.40 USD of deposit, due in 7 days, of which 100.00 is paid. */
    @BeforeEach
    void depositPartlyPaid() {
        today = LocalDate.now(clock);
        flow = new SalesFlow(port, today);
        fiona = flow.fiona;
        customer = flow.customer("500000");
        String product = flow.product();
        flow.count(product, "NGB-1", "20000");
        String contract = flow.contract(flow.acceptedQuote(customer, product, "10"));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        invoice = flow.await(
                        fiona,
                        "/api/v1/invoices?contractId=" + contract,
                        it -> it.get("total").asLong() == 1)
                .at("/items/0/id")
                .asText();
        created(fiona.post(
                "/api/v1/payments",
                Map.of(
                        "customerId", customer,
                        "amount", usd("100.00"),
                        "bankReference", SalesFlow.unique("SWIFT"),
                        "receivedOn", today.toString(),
                        "rateToFunctional", "7.10",
                        "allocations", List.of(Map.of("invoiceId", invoice, "amount", usd("100.00"))))));
    }

    @Test
    void lists_the_customers_receivable_with_what_is_paid_and_outstanding_aged_today() {
        JsonNode page = awaitOutstanding("346.40");

        JsonNode row = page.at("/items/0");
        assertThat(row.get("invoiceId").asText()).isEqualTo(invoice);
        assertThat(row.get("customerId").asText()).isEqualTo(customer);
        assertThat(row.get("customerName").asText()).isEqualTo("Acme Handels GmbH");
        assertThat(row.get("salesperson").asText()).isEqualTo("sally");
        assertThat(row.at("/amount/amount").asText()).isEqualTo("446.40");
        assertThat(row.at("/paid/amount").asText()).isEqualTo("100.00");
        assertThat(row.at("/outstanding/currency").asText()).isEqualTo("USD");
        assertThat(row.get("dueOn").asText()).isEqualTo(today.plusDays(7).toString());
        assertThat(row.get("daysOverdue").asLong()).isZero();
        assertThat(row.get("bucket").asText()).isEqualTo("NOT_DUE");
        assertThat(page.get("asOf").asText()).isEqualTo(today.toString());
        assertThat(ok(fiona.get(list("&bucket=DAYS_1_30"))).body().get("total").asLong())
                .isZero();
        assertThat(ok(fiona.get(list("&overdueOnly=true"))).body().get("total").asLong())
                .isZero();
        assertThat(ok(fiona.get(list("&currency=EUR"))).body().get("total").asLong())
                .isZero();
        assertThat(ok(fiona.get(list("&asOf=" + today.minusDays(1))))
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void sorts_pages_and_refuses_an_unknown_sort() {
        awaitOutstanding("346.40");

        JsonNode page = ok(fiona.get("/api/v1/receivables?sort=-outstanding&size=1&page=0"))
                .body();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        Api.Response refused = fiona.get("/api/v1/receivables?sort=colour");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-sort");
        Api.Response badBucket = fiona.get("/api/v1/receivables?bucket=SOMEDAY");
        assertThat(badBucket.status()).isEqualTo(400);
        assertThat(badBucket.contentType()).startsWith("application/problem+json");
        assertThat(badBucket.body().at("/errors/0/field").asText()).isEqualTo("bucket");
    }

    @Test
    void the_summary_totals_add_up_to_the_rows_and_convert_at_the_recorded_rate() {
        JsonNode page = awaitOutstanding("346.40");

        JsonNode summary = ok(fiona.get("/api/v1/receivables/summary?by=customer&customerId=" + customer))
                .body();

        BigDecimal listed = BigDecimal.ZERO;
        for (JsonNode row : page.get("items")) {
            listed = listed.add(new BigDecimal(row.at("/outstanding/amount").asText()));
        }
        assertThat(summary.get("by").asText()).isEqualTo("customer");
        assertThat(summary.at("/rows/0/key").asText()).isEqualTo(customer);
        assertThat(summary.at("/rows/0/label").asText()).isEqualTo("Acme Handels GmbH");
        assertThat(new BigDecimal(summary.at("/totals/0/outstanding/amount").asText()))
                .isEqualByComparingTo(listed);
        assertThat(summary.at("/totals/0/documents").asLong())
                .isEqualTo(page.get("total").asLong());
        BigDecimal rate = new BigDecimal(summary.at("/rows/0/rate").asText());
        assertThat(new BigDecimal(summary.at("/functionalTotal/amount").asText()))
                .isEqualByComparingTo(listed.multiply(rate).setScale(2, RoundingMode.HALF_EVEN));
        assertThat(summary.at("/functionalTotal/currency").asText()).isEqualTo("CNY");
        Api.Response refused = fiona.get("/api/v1/receivables/summary?by=colour");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void exports_the_same_rows_as_csv_by_format_or_accept_header() {
        awaitOutstanding("346.40");

        String csv = fiona.text(list("&format=csv"), "*/*");
        String accepted = fiona.text(list(""), "text/csv");

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .isEqualTo("invoiceId,number,kind,customerId,customerCode,customerName,salesperson,contractId,"
                        + "currency,amount,paid,credited,outstanding,issuedOn,dueOn,daysOverdue,bucket,dunningLevel");
        assertThat(lines.get(1)).contains(invoice, ",INV-", ",USD,446.40,100.00,0.00,346.40,", ",NOT_DUE,0");
        assertThat(accepted).isEqualTo(csv);
        String summary = fiona.text("/api/v1/receivables/summary?by=customer&format=csv&customerId=" + customer, "*/*");
        assertThat(summary.lines().toList()).hasSize(2);
        assertThat(summary.lines().findFirst().orElseThrow())
                .startsWith("asOf,by,key,label,currency,documents,outstanding");
    }

    @Test
    void salespeople_read_their_own_customers_receivables_only_and_the_warehouse_and_purchasing_none() {
        awaitOutstanding("346.40");
        Api sam = Api.as(port, "sam");
        Api max = flow.max;

        assertThat(ok(flow.sally.get(list(""))).body().get("total").asLong()).isEqualTo(1);
        assertThat(ok(sam.get("/api/v1/receivables?size=200"))
                        .body()
                        .get("items")
                        .findValuesAsText("customerId"))
                .doesNotContain(customer);
        assertThat(sam.get(list("")).status()).isEqualTo(403);
        assertThat(sam.get("/api/v1/receivables?salesperson=sally").status()).isEqualTo(403);
        assertThat(ok(sam.get("/api/v1/receivables/summary?by=salesperson"))
                        .body()
                        .get("rows")
                        .findValuesAsText("key"))
                .doesNotContain("sally")
                .allMatch("sam"::equals);
        assertThat(ok(flow.max.get("/api/v1/receivables/summary?by=salesperson"))
                        .body()
                        .get("rows")
                        .findValuesAsText("key"))
                .contains("sally");
        assertThat(sam.get("/api/v1/receivables/summary?customerId=" + customer).status())
                .isEqualTo(403);
        for (String reader : List.of("max", "audrey", "fiona")) {
            assertThat(ok(Api.as(port, reader).get(list("")))
                            .body()
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
        }
        for (String stranger : List.of("walt", "paula")) {
            Api.Response refused = Api.as(port, stranger).get("/api/v1/receivables");
            assertThat(refused.status()).as("%s %s", stranger, refused).isEqualTo(403);
            assertThat(Api.as(port, stranger).get("/api/v1/receivables/summary").status())
                    .isEqualTo(403);
        }
    }

    private JsonNode awaitOutstanding(String amount) {
        return flow.await(
                fiona,
                list(""),
                it -> it.get("total").asLong() == 1
                        && it.at("/items/0/outstanding/amount").asText().equals(amount));
    }

    private String list(String more) {
        return "/api/v1/receivables?customerId=" + customer + more;
    }
}
