package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Purchasing events as the command model records them, with fixed defaults: the Ningbo lighting works supplying
 * desk lamps in cartons of ten for the Hamburg contract, needed by 20 May, and lamp shades for the Lyon contract.
 */
public final class PurchasingEvents {

    public static final SupplierId NINGBO_LIGHTING = SupplierId.of("5a0b1c2d-0000-4000-8000-000000000001");
    public static final SupplierId SUZHOU_SHADES = SupplierId.of("5a0b1c2d-0000-4000-8000-000000000002");
    public static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    public static final ProductId LAMP_SHADE = ProductId.of("7d1e0f3a-0000-4000-8000-000000000002");
    public static final ContractId HAMBURG = ContractId.of("4c0e1d2a-0000-4000-8000-000000000001");
    public static final ContractId LYON = ContractId.of("4c0e1d2a-0000-4000-8000-000000000002");
    public static final PurchaseOrderId LAMP_ORDER = PurchaseOrderId.of("6b1c2d3e-0000-4000-8000-000000000001");
    public static final PurchaseOrderId SHADE_ORDER = PurchaseOrderId.of("6b1c2d3e-0000-4000-8000-000000000002");
    public static final RequisitionId LAMPS_FOR_HAMBURG = RequisitionId.forContractLine(HAMBURG, 1, DESK_LAMP);
    public static final RequisitionId SHADES_FOR_LYON = RequisitionId.forContractLine(LYON, 1, LAMP_SHADE);
    public static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    public static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    public static final Currency CNY = Currency.getInstance("CNY");
    public static final Username PETER = Username.of("peter");
    public static final LocalDate NEEDED_BY = LocalDate.of(2025, 5, 20);
    public static final LocalDate PLACED_ON = LocalDate.of(2025, 4, 1);
    public static final Instant PLACED_AT = Instant.parse("2025-04-01T08:00:00Z");
    public static final GoodsReceiptId FIRST_RECEIPT = GoodsReceiptId.of("8c2d3e4f-0000-4000-8000-000000000001");
    public static final SupplierTerms CNY_30_DAYS = new SupplierTerms(CNY, 30, 21);

    private PurchasingEvents() {}

    public static BigDecimal qty(String quantity) {
        return new BigDecimal(quantity);
    }

    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    /** The instant {@code hours} after the lamp order was placed: events come in this order. */
    public static Instant hoursLater(int hours) {
        return PLACED_AT.plusSeconds(hours * 3600L);
    }

    public static SupplierRegistered registered(SupplierId supplier, String code, String name) {
        return new SupplierRegistered(supplier, SupplierCode.of(code), name, CountryCode.of("CN"), CNY_30_DAYS);
    }

    public static SupplierOfferSet offer(SupplierId supplier, ProductId product, String sku, String price) {
        return new SupplierOfferSet(
                supplier, product, sku, PCS, List.of(new PriceBreak(BigDecimal.ZERO, cny(price))), 21);
    }

    public static RequisitionRaised lampsForHamburg() {
        return new RequisitionRaised(
                LAMPS_FOR_HAMBURG,
                HAMBURG,
                1,
                DESK_LAMP,
                qty("100"),
                PCS,
                NEEDED_BY,
                RequisitionKind.FINISHED_GOODS,
                null);
    }

    public static RequisitionRaised shadesForLyon() {
        return new RequisitionRaised(
                SHADES_FOR_LYON,
                LYON,
                1,
                LAMP_SHADE,
                qty("50"),
                PCS,
                NEEDED_BY.plusDays(10),
                RequisitionKind.MATERIAL,
                DESK_LAMP);
    }

    /** Ten cartons of ten desk lamps at 450 CNY a carton, promised for 15 May, covering the Hamburg requisition. */
    public static PurchaseOrderLine lampLine() {
        return new PurchaseOrderLine(
                1,
                DESK_LAMP,
                Sku.of("DL-100"),
                qty("10"),
                CTN,
                qty("100"),
                PCS,
                qty("10"),
                cny("450.00"),
                cny("4500.00"),
                LocalDate.of(2025, 5, 15),
                List.of(new CoveredRequisition(LAMPS_FOR_HAMBURG, HAMBURG, 1, qty("100"), NEEDED_BY)));
    }

    /** Fifty lamp shades at 8 CNY, promised for 10 May, covering the Lyon requisition. */
    public static PurchaseOrderLine shadeLine(int lineNumber) {
        return new PurchaseOrderLine(
                lineNumber,
                LAMP_SHADE,
                Sku.of("LS-7"),
                qty("50"),
                PCS,
                qty("50"),
                PCS,
                BigDecimal.ONE,
                cny("8.00"),
                cny("400.00"),
                LocalDate.of(2025, 5, 10),
                List.of(new CoveredRequisition(SHADES_FOR_LYON, LYON, 1, qty("50"), NEEDED_BY.plusDays(10))));
    }

    public static PurchaseOrderPlaced placed(PurchaseOrderId order, SupplierId supplier, PurchaseOrderLine... lines) {
        Money total = List.of(lines).stream().map(PurchaseOrderLine::total).reduce(cny("0"), Money::plus);
        return new PurchaseOrderPlaced(order, supplier, CNY, List.of(lines), total, PETER, PLACED_ON);
    }

    public static PurchaseOrderPlaced lampOrderPlaced() {
        return placed(LAMP_ORDER, NINGBO_LIGHTING, lampLine(), shadeLine(2));
    }

    public static PurchaseOrderLineReceived received(int line, String received, String rejected, String acceptedSoFar) {
        return new PurchaseOrderLineReceived(
                LAMP_ORDER,
                line,
                GoodsReceiptId.of("8c2d3e4f-0000-4000-8000-000000000001"),
                qty(received),
                qty(rejected),
                qty(acceptedSoFar));
    }

    public static RequisitionOrdered lampsOrdered() {
        return new RequisitionOrdered(LAMPS_FOR_HAMBURG, HAMBURG, LAMP_ORDER, 1);
    }

    /** Lamps of the lamp order's first receipt reserved for the Hamburg contract line. */
    public static RequisitionFilled lampsFilled(String quantity, String filledSoFar) {
        return new RequisitionFilled(
                LAMPS_FOR_HAMBURG, HAMBURG, 1, DESK_LAMP, LAMP_ORDER, FIRST_RECEIPT, qty(quantity), qty(filledSoFar));
    }

    public static RequisitionGoodsReturned lampsReturned(String quantity, String filledSoFar) {
        return new RequisitionGoodsReturned(
                LAMPS_FOR_HAMBURG, HAMBURG, 1, DESK_LAMP, LAMP_ORDER, FIRST_RECEIPT, qty(quantity), qty(filledSoFar));
    }

    public static RequisitionReopened lampsReopened(String stillNeeded) {
        return new RequisitionReopened(LAMPS_FOR_HAMBURG, HAMBURG, LAMP_ORDER, 1, qty(stillNeeded), "supplier failed");
    }

    public static DeliveryRiskRaised riskRaised(LocalDate promised, int daysLate) {
        return new DeliveryRiskRaised(
                LAMP_ORDER, 1, NINGBO_LIGHTING, LAMPS_FOR_HAMBURG, HAMBURG, 1, NEEDED_BY, promised, daysLate);
    }

    public static DeliveryRiskCleared riskCleared(LocalDate promised) {
        return new DeliveryRiskCleared(LAMP_ORDER, 1, LAMPS_FOR_HAMBURG, HAMBURG, 1, promised);
    }

    public static DeliveryRiskClosed riskClosed(DeliveryRiskClosure closure) {
        return new DeliveryRiskClosed(LAMP_ORDER, 1, LAMPS_FOR_HAMBURG, HAMBURG, 1, closure);
    }
}
