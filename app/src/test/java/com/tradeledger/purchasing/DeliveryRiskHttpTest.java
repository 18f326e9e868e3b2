package com.tradeledger.purchasing;

import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Delivery risks (交期匹配) for analysts over HTTP: the list sorted by days late, dates, contract or supplier (the
 * latest changed first by default), and exported as {@code text/csv} with the same filters and order.
 */
@LedgerTest
class DeliveryRiskHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SupplyFlow supply;
    Api audrey;
    String supplier;
    String risks;
    String twelveDaysLate;
    String sevenDaysLate;

    /**
     * Two signed contracts for a tea, each needed 38 days from now, bought from one supplier on two orders promised
     * 50 and 45 days out: 12 and then 7 days late.
     */
    @BeforeEach
    void twoLateOrders() {
        refusals = new Refusals(log);
        supply = new SupplyFlow(port, LocalDate.now(clock));
        audrey = supply.audrey;
        String product = supply.sales.product();
        supplier = supply.supplier("USD");
        risks = "/api/v1/delivery-risks?supplierId=" + supplier;
        String first = supply.requisitionOf(supply.signedContract(product, "100"))
                .get("id")
                .asText();
        String second = supply.requisitionOf(supply.signedContract(product, "100"))
                .get("id")
                .asText();
        twelveDaysLate = supply.placed(supplier, List.of(supply.line(product, "100", 50, first)));
        supply.sales.await(audrey, risks, page -> page.get("total").asLong() == 1);
        sevenDaysLate = supply.placed(supplier, List.of(supply.line(product, "100", 45, second)));
        supply.sales.await(audrey, risks, page -> page.get("total").asLong() == 2);
    }

    @Test
    void sorts_by_days_late_either_way_and_by_default_lists_the_latest_changed_first() {
        assertThat(orders(risks)).containsExactly(sevenDaysLate, twelveDaysLate);
        assertThat(orders(risks + "&sort=-daysLate")).containsExactly(twelveDaysLate, sevenDaysLate);
        assertThat(orders(risks + "&sort=daysLate")).containsExactly(sevenDaysLate, twelveDaysLate);
        assertThat(orders(risks + "&sort=promisedDate")).containsExactly(sevenDaysLate, twelveDaysLate);
        assertThat(orders(risks + "&sort=-promisedDate")).containsExactly(twelveDaysLate, sevenDaysLate);
        JsonNode second = ok(supply.sales.sally.get(risks + "&sort=-daysLate&page=1&size=1"))
                .body();
        assertThat(second.at("/items/0/daysLate").asInt()).isEqualTo(7);
        assertThat(second.get("total").asLong()).isEqualTo(2);
        for (String sort : List.of("dateNeeded", "contract", "-supplier", "changedAt")) {
            assertThat(orders(risks + "&sort=" + sort)).as(sort).hasSize(2);
        }
    }

    @Test
    void exports_the_risks_as_csv_by_format_or_accept_header_without_their_history() {
        String csv = audrey.text(risks + "&sort=-daysLate&format=csv", "*/*");
        String accepted = audrey.text(risks + "&sort=-daysLate", "text/csv");

        List<List<String>> rows = cells(csv);
        assertThat(String.join(",", rows.get(0)))
                .isEqualTo("purchaseOrderId,lineNumber,requisitionId,contractId,contractLine,supplierId,status,closure,"
                        + "daysLate,dateNeeded,promisedDate,raisedAt,changedAt");
        assertThat(rows).hasSize(3);
        LocalDate today = LocalDate.now(clock);
        assertThat(rows.get(1).subList(0, 2)).containsExactly(twelveDaysLate, "1");
        assertThat(rows.get(1).subList(5, 11))
                .containsExactly(
                        supplier,
                        "OPEN",
                        "",
                        "12",
                        today.plusDays(38).toString(),
                        today.plusDays(50).toString());
        assertThat(rows.get(2).subList(0, 2)).containsExactly(sevenDaysLate, "1");
        assertThat(rows.get(2).get(8)).isEqualTo("7");
        assertThat(Instant.parse(rows.get(2).get(12))).isNotNull();
        assertThat(accepted).isEqualTo(csv);
        assertThat(audrey.text(risks + "&minDaysLate=10&format=csv", "*/*").lines())
                .hasSize(2);
    }

    @Test
    void refuses_a_sort_the_delivery_risks_do_not_offer() {
        refusals.refused(400, "invalid-sort", () -> audrey.get(risks + "&sort=history"));
        refusals.refused(400, "invalid-sort", () -> audrey.get(risks + "&sort=-colour&format=csv"));
    }

    private static List<List<String>> cells(String csv) {
        try (MappingIterator<List<String>> lines = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class)
                .readValues(csv)) {
            return lines.readAll();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private List<String> orders(String path) {
        return ok(audrey.get(path)).body().get("items").findValuesAsText("purchaseOrderId");
    }
}
