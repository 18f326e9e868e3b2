package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchasePlanningExamples.BOX;
import static com.tradeledger.purchasing.PurchasePlanningExamples.BRACKET;
import static com.tradeledger.purchasing.PurchasePlanningExamples.allocation;
import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.PCS;
import static com.tradeledger.purchasing.RequisitionExamples.SHELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.products.BomLine;
import com.tradeledger.products.BomLineKind;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.purchasing.PurchasePlanningExplosion.Purchase;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of a bill-of-materials explosion that the planning process itself never meets in a sound catalogue. */
class PurchasePlanningExplosionTest {

    private static final ProductId CABINET = ProductId.of("0b000000-0000-4000-8000-000000000020");
    private static final ProductId PANEL = ProductId.of("0b000000-0000-4000-8000-000000000021");
    private static final ProductId SCREW = ProductId.of("0b000000-0000-4000-8000-000000000022");
    private static final ProductId PAINT = ProductId.of("0b000000-0000-4000-8000-000000000023");
    private static final ProductId LABEL = ProductId.of("0b000000-0000-4000-8000-000000000024");
    private static final UnitOfMeasure LITRE = UnitOfMeasure.of("L");
    private static final UnitOfMeasure MILLILITRE = UnitOfMeasure.of("ML");
    private static final UnitOfMeasure ROLL = UnitOfMeasure.of("ROLL");

    @Test
    void buys_whole_a_product_whose_bill_of_materials_holds_only_processing_steps() {
        BillsOfMaterialsInMemory catalogue = new BillsOfMaterialsInMemory()
                .product(SHELF, "SHELF-1", PCS, List.of(), line(BOLT, BomLineKind.PROCESSING))
                .product(BOLT, "BOLT-M8", PCS, List.of());

        assertThat(new PurchasePlanningExplosion(catalogue).purchasesFor(allocation(1, SHELF, "10", "0")))
                .containsExactly(new Purchase(SHELF, new BigDecimal("10"), PCS, RequisitionKind.FINISHED_GOODS));
    }

    @Test
    void refuses_to_follow_a_bill_of_materials_that_goes_round() {
        BillsOfMaterialsInMemory catalogue = new BillsOfMaterialsInMemory()
                .product(SHELF, "SHELF-1", PCS, List.of(), line(BRACKET, BomLineKind.COMPONENT))
                .product(BRACKET, "BRK-200", PCS, List.of(), line(BOLT, BomLineKind.COMPONENT))
                .product(BOLT, "BOLT-M8", PCS, List.of(), line(BRACKET, BomLineKind.COMPONENT));

        assertThatThrownBy(() -> new PurchasePlanningExplosion(catalogue).purchasesFor(allocation(1, SHELF, "10", "0")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the bill of materials of " + BRACKET + " contains itself");
    }

    @Test
    void rounds_pieces_exploded_through_a_conversion_up_to_whole_pieces() {
        assertThat(cabinets("7")).contains(new Purchase(SCREW, new BigDecimal("24"), PCS, RequisitionKind.MATERIAL));
    }

    @Test
    void rounds_a_measured_material_up_to_three_decimals() {
        assertThat(cabinets("7"))
                .contains(new Purchase(PAINT, new BigDecimal("2.334"), LITRE, RequisitionKind.MATERIAL));
    }

    @Test
    void rounds_a_material_reached_by_two_paths_once_after_adding_them_up() {
        assertThat(cabinets("7")).contains(new Purchase(LABEL, new BigDecimal("1"), ROLL, RequisitionKind.MATERIAL));
    }

    /**
     * What {@code ordered} CABINETs explode into. A CABINET is 3 PANELs and 1 LABEL; a PANEL is 1 LABEL, 0.0111111 BOX
     * of SCREWs (a box holds 100 pieces) and 111.1111 ML of PAINT (counted in litres); LABELs are bought by the ROLL
     * of 500.
     */
    private static List<Purchase> cabinets(String ordered) {
        BillsOfMaterialsInMemory catalogue = new BillsOfMaterialsInMemory()
                .product(
                        CABINET,
                        "CAB-3",
                        PCS,
                        List.of(),
                        line(PANEL, "3", PCS, BomLineKind.COMPONENT),
                        line(LABEL, "1", PCS, BomLineKind.PACKING))
                .product(
                        PANEL,
                        "PANEL-60",
                        PCS,
                        List.of(),
                        line(LABEL, "1", PCS, BomLineKind.COMPONENT),
                        line(SCREW, "0.0111111", BOX, BomLineKind.COMPONENT),
                        line(PAINT, "111.1111", MILLILITRE, BomLineKind.COMPONENT))
                .product(SCREW, "SCR-4", PCS, List.of(new UnitConversion(BOX, new BigDecimal("100"))))
                .product(PAINT, "PAINT-W", LITRE, List.of(new UnitConversion(MILLILITRE, new BigDecimal("0.001"))))
                .product(LABEL, "LBL-1", ROLL, List.of(new UnitConversion(PCS, new BigDecimal("0.002"))));
        return new PurchasePlanningExplosion(catalogue).purchasesFor(allocation(1, CABINET, ordered, "0"));
    }

    private static BomLine line(ProductId component, String quantity, UnitOfMeasure unit, BomLineKind kind) {
        return new BomLine(component, new BigDecimal(quantity), unit, kind, null);
    }

    private static BomLine line(ProductId component, BomLineKind kind) {
        return new BomLine(component, BigDecimal.ONE, PCS, kind, null);
    }
}
