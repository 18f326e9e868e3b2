package com.tradeledger.purchasing;

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
import com.tradeledger.purchasing.PurchasePlanningExplosion.Purchase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of a bill-of-materials explosion that the planning process itself never meets in a sound catalogue. */
class PurchasePlanningExplosionTest {

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

    private static BomLine line(ProductId component, BomLineKind kind) {
        return new BomLine(component, BigDecimal.ONE, PCS, kind, null);
    }
}
