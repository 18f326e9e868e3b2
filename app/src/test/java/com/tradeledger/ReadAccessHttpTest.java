package com.tradeledger;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who reads a deal's records: its customer's salesperson, managers, finance and auditors; the warehouse and
 * purchasing read contracts and shipments; another salesperson reads none of it.
 */
@LedgerTest
class ReadAccessHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void another_salesperson_reads_nothing_of_a_deal_that_is_not_theirs() {
        SalesFlow flow = new SalesFlow(port, LocalDate.now(clock));
        String customer = flow.customer("500000");
        String product = flow.product();
        flow.count(product, "NGB-1", "1000");
        String contract = flow.contract(flow.acceptedQuote(customer, product, "10"));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        String shipment = flow.shipped(contract, "NGB-1", "10");
        String payment = created(flow.fiona.post(
                "/api/v1/payments",
                Map.of(
                        "customerId",
                        customer,
                        "amount",
                        usd("100.00"),
                        "bankReference",
                        "TT-1",
                        "receivedOn",
                        LocalDate.now(clock).toString(),
                        "rateToFunctional",
                        "7.1")));
        String invoice = flow.await(
                        flow.fiona,
                        "/api/v1/invoices?contractId=" + contract,
                        page -> page.get("items").size() == 2)
                .at("/items/0/id")
                .asText();
        flow.await(flow.sally, "/api/v1/shipments/" + shipment, view -> true);
        flow.await(flow.sally, "/api/v1/payments/" + payment, view -> true);

        Api sam = Api.as(port, "sam");
        for (String path : List.of(
                "/api/v1/contracts/" + contract,
                "/api/v1/shipments/" + shipment,
                "/api/v1/shipments?contractId=" + contract,
                "/api/v1/shipments",
                "/api/v1/shipments/" + shipment + "/packing-list",
                "/api/v1/shipments/" + shipment + "/commercial-invoice",
                "/api/v1/invoices/" + invoice,
                "/api/v1/invoices",
                "/api/v1/payments/" + payment,
                "/api/v1/payments",
                "/api/v1/payments?customerId=" + customer)) {
            assertThat(sam.get(path).status()).as("sam reading %s", path).isEqualTo(403);
        }
        for (Api reader : List.of(flow.sally, flow.max, flow.fiona, Api.as(port, "audrey"))) {
            assertThat(reader.get("/api/v1/shipments/" + shipment + "/packing-list")
                            .status())
                    .isEqualTo(200);
            assertThat(reader.get("/api/v1/payments/" + payment).status()).isEqualTo(200);
        }
        assertThat(flow.walt.get("/api/v1/shipments/" + shipment).status()).isEqualTo(200);
        assertThat(flow.walt.get("/api/v1/payments/" + payment).status()).isEqualTo(403);
    }
}
