package com.tradeledger.history;

import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer's history and a contract's story over HTTP: built from a real sales flow, paged, filtered, sorted,
 * exported as CSV, and read only by the customer's salesperson, managers, finance and auditors.
 */
@LedgerTest
class HistoryHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    SalesFlow flow;
    String customer;
    String quote;
    String contract;

    @BeforeEach
    void aSignedContract() {
        flow = new SalesFlow(port, LocalDate.now(clock));
        customer = flow.customer("500000");
        String product = flow.product();
        flow.count(product, "NGB-1", "20000");
        quote = flow.acceptedQuote(customer, product, "10");
        contract = flow.contract(quote);
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
    }

    @Test
    void a_customers_history_shows_its_quote_and_contract_with_who_and_when() {
        JsonNode history =
                flow.await(flow.sally, customerHistory(""), body -> types(body).contains("ContractSigned"));

        assertThat(types(history))
                .startsWith("CustomerRegistered", "QuoteDrafted", "QuoteLineAdded", "QuoteIssued", "QuoteAccepted");
        JsonNode signed = entry(history, "ContractSigned");
        assertThat(signed.get("who").asText()).isEqualTo("sally");
        assertThat(signed.get("aggregateType").asText()).isEqualTo("Contract");
        assertThat(signed.get("aggregateId").asText()).isEqualTo(contract);
        assertThat(signed.get("correlationId").asText()).isNotBlank();
        assertThat(signed.get("summary").asText()).startsWith("Contract " + contract.substring(0, 8) + " signed");
        assertThat(positions(history)).isSorted();
        assertThat(history.get("customerId").asText()).isEqualTo(customer);
    }

    @Test
    void pages_filters_and_newest_first() {
        JsonNode all =
                flow.await(flow.sally, customerHistory(""), body -> types(body).contains("ContractSigned"));
        long total = all.get("total").asLong();

        // Later events (the deposit invoice) may still arrive while the test reads: totals only grow.
        JsonNode newest = ok(flow.sally.get(customerHistory("?sort=-position&size=2&page=0")))
                .body();
        assertThat(newest.get("total").asLong()).isGreaterThanOrEqualTo(total);
        assertThat(newest.get("items")).hasSize(2);
        assertThat(positions(newest).get(0)).isGreaterThan(positions(newest).get(1));
        assertThat(positions(newest).get(0))
                .isGreaterThanOrEqualTo(positions(all).get(positions(all).size() - 1));
        JsonNode second = ok(flow.sally.get(customerHistory("?size=2&page=1"))).body();
        assertThat(positions(second))
                .containsExactly(positions(all).get(2), positions(all).get(3));

        JsonNode issued = ok(flow.sally.get(customerHistory("?type=QuoteIssued&type=QuoteAccepted")))
                .body();
        assertThat(types(issued)).containsExactly("QuoteIssued", "QuoteAccepted");

        assertThat(total(customerHistory("?to=2000-01-01"))).isZero();
        assertThat(total(customerHistory("?from=2999-01-01"))).isZero();
        assertThat(total(customerHistory("?from=2000-01-01&to=2999-12-31&type=QuoteIssued")))
                .isEqualTo(1);

        Api.Response badSort = flow.sally.get(customerHistory("?sort=summary"));
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.code()).isEqualTo("invalid-sort");
    }

    @Test
    void the_history_exports_as_csv_with_the_same_filters() {
        flow.await(flow.sally, customerHistory(""), body -> types(body).contains("ContractSigned"));

        String csv = flow.sally.text(customerHistory("?type=QuoteIssued"), "text/csv");
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("position,at,eventType,aggregateType,aggregateId,sequenceNumber,who,correlationId,summary");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",QuoteIssued,Quote,").contains(quote).contains(",sally,");

        String byParameter = flow.sally.text(customerHistory("?format=csv&type=QuoteIssued"), "*/*");
        assertThat(byParameter).isEqualTo(csv);
    }

    @Test
    void a_survivors_history_holds_its_merged_duplicates_and_theirs_in_one_timeline() {
        String duplicate = flow.customer("1000");
        String older = flow.customer("1000");
        merge(older, duplicate);
        merge(duplicate, customer);

        JsonNode history = flow.await(
                flow.max,
                customerHistory("?size=200"),
                body -> aggregates(body).containsAll(List.of(duplicate, older, contract)));
        assertThat(positions(history)).isSorted().doesNotHaveDuplicates();
        assertThat(history.get("total").asLong()).isEqualTo(history.get("items").size());
        JsonNode newestFirst =
                ok(flow.max.get(customerHistory("?size=200&sort=-position"))).body();
        assertThat(positions(newestFirst)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(newestFirst.get("total").asLong())
                .isEqualTo(history.get("total").asLong());

        // The duplicate's own history is not the survivor's: it holds only itself and what was merged into it.
        JsonNode ofDuplicate = ok(flow.max.get("/api/v1/customers/" + duplicate + "/history?size=200"))
                .body();
        assertThat(aggregates(ofDuplicate)).contains(duplicate, older).doesNotContain(customer, contract);
    }

    private void merge(String duplicate, String survivor) {
        ok(flow.max.post(
                "/api/v1/customers/" + duplicate + "/merge", Map.of("survivorId", survivor, "reason", "same company")));
    }

    private static List<String> aggregates(JsonNode page) {
        List<String> aggregates = new ArrayList<>();
        page.get("items").forEach(item -> aggregates.add(item.get("aggregateId").asText()));
        return aggregates;
    }

    @Test
    void a_contracts_story_begins_with_its_quote() {
        JsonNode story =
                flow.await(flow.sally, contractHistory(""), body -> types(body).contains("ContractSigned"));

        assertThat(types(story)).startsWith("QuoteDrafted", "QuoteLineAdded", "QuoteIssued", "QuoteAccepted");
        assertThat(types(story)).contains("ContractConcluded", "PaymentTermsAgreed", "DeliveryScheduled");
        assertThat(story.get("customerId").asText()).isEqualTo(customer);
        assertThat(positions(story)).isSorted();

        String csv = flow.fiona.text(contractHistory("?type=ContractSigned"), "text/csv");
        assertThat(csv.lines().toList()).hasSize(2);
    }

    @Test
    void only_the_customers_salesperson_managers_finance_and_auditors_read_the_histories() {
        flow.await(flow.sally, customerHistory(""), body -> types(body).contains("ContractSigned"));
        flow.await(flow.sally, contractHistory(""), body -> types(body).contains("ContractSigned"));

        for (String reader : List.of("max", "fiona", "audrey")) {
            assertThat(Api.as(port, reader).get(customerHistory("")).status())
                    .as(reader)
                    .isEqualTo(200);
            assertThat(Api.as(port, reader).get(contractHistory("")).status())
                    .as(reader)
                    .isEqualTo(200);
        }
        for (String stranger : List.of("sam", "paula", "walt")) {
            assertThat(Api.as(port, stranger).get(customerHistory("")).status())
                    .as(stranger)
                    .isEqualTo(403);
            assertThat(Api.as(port, stranger).get(contractHistory("")).status())
                    .as(stranger)
                    .isEqualTo(403);
            assertThat(Api.as(port, stranger)
                            .get(contractHistory("?format=csv"))
                            .status())
                    .as(stranger)
                    .isEqualTo(403);
        }
    }

    private String customerHistory(String query) {
        return "/api/v1/customers/" + customer + "/history" + query;
    }

    private String contractHistory(String query) {
        return "/api/v1/contracts/" + contract + "/history" + query;
    }

    private long total(String path) {
        return ok(flow.sally.get(path)).body().get("total").asLong();
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.get("items").forEach(item -> types.add(item.get("eventType").asText()));
        return types;
    }

    private static List<Long> positions(JsonNode page) {
        List<Long> positions = new ArrayList<>();
        page.get("items").forEach(item -> positions.add(item.get("position").asLong()));
        return positions;
    }

    private static JsonNode entry(JsonNode page, String type) {
        for (JsonNode item : page.get("items")) {
            if (item.get("eventType").asText().equals(type)) {
                return item;
            }
        }
        throw new AssertionError("no " + type + " in " + page);
    }
}
