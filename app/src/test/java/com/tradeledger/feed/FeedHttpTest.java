package com.tradeledger.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradeledger.Api;
import com.tradeledger.Integrators;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

@LedgerTest
class FeedHttpTest {

    static final EventFormat CLOUDEVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsManager users;

    @Autowired
    PasswordEncoder passwords;

    Api ian;
    SalesFlow flow;
    long start;

    @BeforeEach
    void setUp() {
        ian = Integrators.ian(port, users, passwords);
        flow = new SalesFlow(port, LocalDate.now());
        start = jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    @Test
    void every_entry_is_a_cloudevent_the_sdk_parses_with_position_sequence_and_who_issued_it() throws IOException {
        String customer = flow.customer("50000");

        List<CloudEvent> events = parsed(ian.get("/api/v1/feed?after=" + start + "&aggregateType=Customer"));

        CloudEvent registered = events.stream()
                .filter(event -> customer.equals(event.getSubject()))
                .findFirst()
                .orElseThrow();
        assertThat(registered.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(registered.getType()).isEqualTo("com.tradeledger.customers.CustomerRegistered.v1");
        assertThat(registered.getSource()).isEqualTo(URI.create("/trade-ledger/Customer"));
        assertThat(registered.getDataContentType()).isEqualTo("application/json");
        assertThat(registered.getTime()).isNotNull();
        assertThat(registered.getExtension("aggregatetype")).isEqualTo("Customer");
        assertThat(registered.getExtension("sequence")).isEqualTo("0");
        assertThat(Long.parseLong((String) registered.getExtension("position"))).isGreaterThan(start);
        assertThat(registered.getExtension("username")).isEqualTo("sally");
        assertThat(registered.getExtension("correlationid")).isNotNull();
        assertThat(registered.getExtension("causationid")).isNotNull();
        JsonNode data = JSON.readTree(registered.getData().toBytes());
        assertThat(data.path("name").asText()).isEqualTo("Acme Handels GmbH");
    }

    @Test
    void floor_and_cost_prices_are_left_out_of_a_price_list_and_the_event_says_so() throws IOException {
        flow.product();

        List<CloudEvent> prices = parsed(ian.get("/api/v1/feed?after=" + start + "&type=PriceListSet"));

        assertThat(prices).hasSize(1);
        CloudEvent priceListSet = prices.get(0);
        assertThat(priceListSet.getType()).isEqualTo("com.tradeledger.products.PriceListSet.v1");
        JsonNode priceList = JSON.readTree(priceListSet.getData().toBytes()).path("priceList");
        assertThat(priceList.path("listPrice").path("amount").asText()).isEqualTo("6.80");
        assertThat(priceList.has("floorPrice")).isFalse();
        assertThat(priceList.has("costPrice")).isFalse();
        assertThat(priceListSet.getExtension("redacted")).isEqualTo(CloudEventJson.REDACTED_PRICES);
        String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE eventidentifier = ?")
                .param(priceListSet.getId())
                .query(String.class)
                .single();
        assertThat(stored).contains("5.50");
    }

    @Test
    void pages_follow_the_global_order_and_resume_after_the_position_given() throws IOException {
        flow.customer("1000");
        flow.customer("2000");
        List<Long> all = positions(parsed(ian.get("/api/v1/feed?after=" + start)));

        List<Long> paged = new ArrayList<>();
        long after = start;
        for (int page = 0; page < all.size(); page++) {
            Api.Response answer = ian.get("/api/v1/feed?limit=1&after=" + after);
            List<Long> positions = positions(parsed(answer));
            assertThat(positions).hasSize(1);
            assertThat(answer.body().path("next").asLong()).isEqualTo(positions.get(0));
            paged.addAll(positions);
            after = answer.body().path("next").asLong();
        }

        assertThat(all).hasSizeGreaterThanOrEqualTo(2).isSorted().doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void a_filter_only_passes_its_events_and_next_moves_past_the_others() throws IOException {
        String customer = flow.customer("1000");
        flow.product();
        long tail = jdbc.sql("SELECT max(globalindex) FROM domainevententry")
                .query(Long.class)
                .single();

        Api.Response customers = ian.get("/api/v1/feed?after=" + start + "&aggregateType=Customer");
        Api.Response none = ian.get("/api/v1/feed?after=" + start + "&type=ShipmentDispatched,InvoiceIssued");

        assertThat(parsed(customers)).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getSubject()).isEqualTo(customer);
            assertThat(event.getExtension("aggregatetype")).isEqualTo("Customer");
        });
        assertThat(parsed(none)).isEmpty();
        assertThat(none.body().path("next").asLong()).isGreaterThanOrEqualTo(tail);
    }

    @Test
    void integrators_auditors_and_admins_read_the_feed_and_trading_staff_do_not() {
        assertThat(ian.get("/api/v1/feed?limit=1").status()).isEqualTo(200);
        assertThat(Api.as(port, "audrey").get("/api/v1/feed?limit=1").status()).isEqualTo(200);
        assertThat(Api.as(port, "admin").get("/api/v1/feed?limit=1").status()).isEqualTo(200);
        for (String staff : List.of("sally", "max", "fiona", "paula", "walt")) {
            Api.Response refused = Api.as(port, staff).get("/api/v1/feed");
            assertThat(refused.status()).as(staff).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("forbidden");
        }
        assertThat(Api.as(port, "sally").get("/api/v1/feed/stream").status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/feed").status()).isEqualTo(401);
    }

    @Test
    void an_integrator_issues_no_business_command_and_reads_nothing_but_the_feed() {
        Api.Response refused = ian.post(
                "/api/v1/customers",
                Map.of("code", SalesFlow.unique("IAN"), "name", "Integrator GmbH", "country", "DE", "grade", "B"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(ian.get("/api/v1/customers").status()).isEqualTo(403);
        assertThat(ian.get("/api/v1/receivables").status()).isEqualTo(403);
    }

    @Test
    void a_page_size_or_position_out_of_range_is_refused() {
        assertThat(ian.get("/api/v1/feed?limit=0").status()).isEqualTo(400);
        assertThat(ian.get("/api/v1/feed?limit=1001").status()).isEqualTo(400);
        assertThat(ian.get("/api/v1/feed?after=-1").status()).isEqualTo(400);
    }

    static List<CloudEvent> parsed(Api.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return StreamSupport.stream(page.body().path("events").spliterator(), false)
                .map(event -> CLOUDEVENTS_JSON.deserialize(event.toString().getBytes()))
                .toList();
    }

    static List<Long> positions(List<CloudEvent> events) {
        return events.stream()
                .map(event -> Long.parseLong((String) event.getExtension("position")))
                .toList();
    }
}
