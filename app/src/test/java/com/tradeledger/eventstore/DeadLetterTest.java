package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.customers.Address;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An event a projection cannot handle is parked, not skipped, and does not hold up the events after it. */
@LedgerTest
class DeadLetterTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void parks_a_poison_event_and_goes_on_with_the_rest() {
        CustomerId poisoned = CustomerId.generate();
        CustomerId neighbour = CustomerId.generate();
        // Written behind the command model's back, in one transaction so that both land in one batch: the first
        // has a NUL character in its name, which PostgreSQL text cannot hold, so its insert fails in the database.
        events.publish(
                registered(poisoned, CustomerCode.of("POISON"), "Poison\u0000Ltd"),
                registered(neighbour, CustomerCode.of("POISON-NEIGHBOUR"), "Neighbour Ltd"));

        Api sally = Api.as(port, "sally");
        String healthy = sally.post(
                        "/api/v1/customers",
                        Map.of(
                                "code", "AFTER-POISON",
                                "name", "Healthy Ltd",
                                "country", "NL",
                                "grade", "C",
                                "creditLimit", Map.of("amount", "10", "currency", "EUR")))
                .body()
                .get("id")
                .asText();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> sally.get("/api/v1/customers/" + healthy).status() == 200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql(
                                        "SELECT count(*) FROM deadletterentry WHERE processinggroup = 'customer-directory' AND aggregateidentifier = ?")
                                .param(poisoned.toString())
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(sally.get("/api/v1/customers/" + poisoned).status()).isEqualTo(404);
        assertThat(sally.get("/api/v1/customers/" + neighbour).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = 'product-catalogue'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    static GenericDomainEventMessage<CustomerRegistered> registered(CustomerId id, CustomerCode code, String name) {
        return new GenericDomainEventMessage<>(
                "Customer",
                id.toString(),
                0,
                new CustomerRegistered(
                        id,
                        code,
                        name,
                        CountryCode.of("NL"),
                        new Address(null, null, null, null),
                        List.of(),
                        CustomerGrade.D,
                        Username.of("sally"),
                        Money.of("10", "EUR"),
                        Currency.getInstance("EUR")));
    }
}
