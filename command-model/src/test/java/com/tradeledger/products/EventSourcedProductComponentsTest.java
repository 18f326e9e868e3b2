package com.tradeledger.products;

import static com.tradeledger.products.Products.BOLT;
import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.WASHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** Components as each product's own events define its bill of materials. */
class EventSourcedProductComponentsTest {

    private final EventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final ProductComponents components = new EventSourcedProductComponents(events);

    @Test
    void reads_the_components_the_product_was_registered_with() {
        given(BRACKET, Products.bracketRegistered());

        assertThat(components.componentsOf(BRACKET)).containsExactly(BOLT, WASHER);
    }

    @Test
    void reads_the_bill_of_materials_last_defined() {
        given(
                BRACKET,
                Products.bracketRegistered(),
                new BillOfMaterialsDefined(
                        BRACKET, List.of(new BomLine(WASHER, new BigDecimal("4"), Products.PCS, null, null))));

        assertThat(components.componentsOf(BRACKET)).containsExactly(WASHER);
    }

    @Test
    void finds_no_components_of_a_product_never_registered() {
        assertThat(components.componentsOf(BOLT)).isEmpty();
    }

    private void given(ProductId productId, Object... payloads) {
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.publish(
                    new GenericDomainEventMessage<>("Product", productId.toString(), sequence, payloads[sequence]));
        }
    }
}
