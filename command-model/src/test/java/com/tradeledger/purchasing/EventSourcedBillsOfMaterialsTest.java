package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchasePlanningExamples.BOX;
import static com.tradeledger.purchasing.PurchasePlanningExamples.BRACKET;
import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.PCS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.products.BillOfMaterialsDefined;
import com.tradeledger.products.BomLine;
import com.tradeledger.products.BomLineKind;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.ProductSource;
import com.tradeledger.products.Sku;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.products.UnitConversionsDefined;
import com.tradeledger.purchasing.BillsOfMaterials.ProductMaterials;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** Bills of materials and units as each product's own events define them. */
class EventSourcedBillsOfMaterialsTest {

    private static final UnitConversion BOX_OF_100 = new UnitConversion(BOX, new BigDecimal("100"));
    private static final BomLine TWO_BOLTS = new BomLine(BOLT, new BigDecimal("2"), PCS, BomLineKind.COMPONENT, null);
    private static final BomLine PAINTING =
            new BomLine(BOLT, BigDecimal.ONE, PCS, BomLineKind.PROCESSING, "zinc plating");

    private final EventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final BillsOfMaterials billsOfMaterials = new EventSourcedBillsOfMaterials(events);

    @Test
    void reads_the_units_and_bill_of_materials_the_product_was_registered_with() {
        given(BRACKET, registered(BRACKET, "BRK-200", List.of(), List.of(TWO_BOLTS)));

        assertThat(billsOfMaterials.materialsOf(BRACKET))
                .isEqualTo(new ProductMaterials(BRACKET, Sku.of("BRK-200"), PCS, List.of(), List.of(TWO_BOLTS)));
    }

    @Test
    void reads_the_bill_of_materials_and_conversions_last_defined() {
        BomLine threeBolts = new BomLine(BOLT, new BigDecimal("3"), PCS, BomLineKind.COMPONENT, null);
        given(
                BRACKET,
                registered(BRACKET, "BRK-200", List.of(), List.of(TWO_BOLTS)),
                new BillOfMaterialsDefined(BRACKET, List.of(threeBolts)),
                new UnitConversionsDefined(BRACKET, PCS, List.of(BOX_OF_100)));

        assertThat(billsOfMaterials.materialsOf(BRACKET))
                .isEqualTo(new ProductMaterials(
                        BRACKET, Sku.of("BRK-200"), PCS, List.of(BOX_OF_100), List.of(threeBolts)));
    }

    @Test
    void rejects_a_product_never_registered() {
        assertThatThrownBy(() -> billsOfMaterials.materialsOf(BOLT)).isInstanceOf(UnknownProduct.class);
    }

    @Test
    void counts_a_quantity_in_another_unit_in_the_base_unit() {
        given(BOLT, registered(BOLT, "BOLT-M8", List.of(BOX_OF_100), List.of()));

        assertThat(billsOfMaterials.materialsOf(BOLT).inBaseUnit(new BigDecimal("0.8"), BOX))
                .isEqualByComparingTo("80");
        assertThat(billsOfMaterials.materialsOf(BOLT).inBaseUnit(new BigDecimal("7"), PCS))
                .isEqualByComparingTo("7");
    }

    @Test
    void rejects_a_unit_the_product_is_not_counted_in() {
        given(BOLT, registered(BOLT, "BOLT-M8", List.of(BOX_OF_100), List.of()));

        assertThatThrownBy(() -> billsOfMaterials.materialsOf(BOLT).inBaseUnit(BigDecimal.ONE, UnitOfMeasure.of("KG")))
                .isInstanceOf(NoConversionToBaseUnit.class)
                .hasMessage("BOLT-M8 cannot be counted in KG; its units are PCS, BOX");
    }

    @Test
    void buys_components_and_packing_but_not_processing_steps() {
        BomLine carton = new BomLine(
                ProductId.of("0b000000-0000-4000-8000-000000000014"), BigDecimal.ONE, PCS, BomLineKind.PACKING, null);
        given(BRACKET, registered(BRACKET, "BRK-200", List.of(), List.of(TWO_BOLTS, PAINTING, carton)));

        assertThat(billsOfMaterials.materialsOf(BRACKET).linesBought()).containsExactly(TWO_BOLTS, carton);
    }

    private static ProductRegistered registered(
            ProductId productId, String sku, List<UnitConversion> conversions, List<BomLine> lines) {
        return new ProductRegistered(
                productId, Sku.of(sku), sku, "Hardware", ProductSource.OWN, PCS, conversions, null, null, lines);
    }

    private void given(ProductId productId, Object... payloads) {
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.publish(
                    new GenericDomainEventMessage<>("Product", productId.toString(), sequence, payloads[sequence]));
        }
    }
}
