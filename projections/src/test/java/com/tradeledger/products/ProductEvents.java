package com.tradeledger.products;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Product events as the command model records them, with meaningful, fixed defaults. */
final class ProductEvents {

    static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    static final ProductId LAMP_SHADE = ProductId.of("7d1e0f3a-0000-4000-8000-000000000002");
    static final SupplierId NINGBO_LIGHTING = SupplierId.of("5e3c9b10-0000-4000-8000-000000000001");
    static final SupplierId SUZHOU_METALWORKS = SupplierId.of("5e3c9b10-0000-4000-8000-000000000002");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final UnitOfMeasure PLT = UnitOfMeasure.of("PLT");
    static final Instant REGISTERED_AT = Instant.parse("2025-02-10T08:00:00Z");

    static final PriceTier VOLUME_TIER =
            new PriceTier("100 pieces or more", new BigDecimal("100"), null, null, null, eur("9.00"));
    static final PriceTier GRADE_A_TIER =
            new PriceTier("grade A customers", null, CustomerGrade.A, null, null, eur("9.50"));
    static final PriceTier SPRING_PROMOTION = new PriceTier(
            "spring promotion", null, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), eur("8.00"));

    private ProductEvents() {}

    /** The desk lamp: counted in pieces, sold in cartons of 12 and pallets of 480, made with a shade. */
    static ProductRegistered deskLampRegistered() {
        return registered(DESK_LAMP, "LAMP-DESK-01", "Desk lamp, brushed steel", "lighting");
    }

    static ProductRegistered registered(ProductId id, String sku, String name, String category) {
        return new ProductRegistered(
                id,
                Sku.of(sku),
                name,
                category,
                ProductSource.SUPPLIER,
                PCS,
                List.of(new UnitConversion(CTN, new BigDecimal("12")), new UnitConversion(PLT, new BigDecimal("480"))),
                HsCode.of("9405.21.00"),
                NINGBO_LIGHTING,
                List.of(new BomLine(LAMP_SHADE, new BigDecimal("1"), PCS, BomLineKind.COMPONENT, "steel shade")));
    }

    /** The instant {@code hours} after the registration: events of one product come in this order. */
    static Instant hoursLater(int hours) {
        return REGISTERED_AT.plusSeconds(hours * 3600L);
    }

    /** Euro prices: list 10.00 per piece, 9.00 from 100 pieces, 9.50 for grade A, 8.00 in the April promotion. */
    static PriceList euroPrices() {
        return euroPrices(VOLUME_TIER, GRADE_A_TIER, SPRING_PROMOTION);
    }

    /** Euro prices with a list price of 10.00 per piece and these tiers, in this order. */
    static PriceList euroPrices(PriceTier... tiers) {
        return new PriceList(Currency.getInstance("EUR"), eur("10.00"), List.of(tiers), eur("7.50"), eur("5.20"));
    }

    static PriceList dollarPrices(String listPrice) {
        return new PriceList(Currency.getInstance("USD"), Money.of(listPrice, "USD"), List.of(), null, null);
    }

    static PriceListSet priceListSet(ProductId id, PriceList priceList) {
        return new PriceListSet(id, priceList);
    }

    static ProductRenamed renamed(ProductId id, String from, String to) {
        return new ProductRenamed(id, from, to);
    }

    static ProductReclassified reclassified(ProductId id, String category, String hsCode) {
        return new ProductReclassified(id, category, HsCode.of(hsCode));
    }

    static UnitConversionsDefined cartonsOf(ProductId id, String piecesPerCarton) {
        return new UnitConversionsDefined(id, PCS, List.of(new UnitConversion(CTN, new BigDecimal(piecesPerCarton))));
    }

    static BillOfMaterialsDefined billOfMaterials(ProductId id, BomLine... lines) {
        return new BillOfMaterialsDefined(id, List.of(lines));
    }

    static DefaultSupplierChanged defaultSupplierChanged(ProductId id, SupplierId from, SupplierId to) {
        return new DefaultSupplierChanged(id, from, to);
    }

    static ProductDiscontinued discontinued(ProductId id) {
        return new ProductDiscontinued(id, "replaced by the LED range");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
