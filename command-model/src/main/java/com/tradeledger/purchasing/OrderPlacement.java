package com.tradeledger.purchasing;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.products.ProductId;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of a purchase order as placed: each a registered product in a unit it is counted in, more than nothing
 * at a price above zero in the order's currency, promised no earlier than the order, and covering open requisitions
 * (采购计划) for its product, each once, with enough to meet them all.
 */
final class OrderPlacement {

    private final PlacePurchaseOrder order;
    private final ProductCatalogue products;
    private final Requisitions requisitions;
    private final Set<RequisitionId> covered = new HashSet<>();

    private OrderPlacement(PlacePurchaseOrder order, ProductCatalogue products, Requisitions requisitions) {
        this.order = order;
        this.products = products;
        this.requisitions = requisitions;
    }

    static List<PurchaseOrderLine> lines(
            PlacePurchaseOrder order, ProductCatalogue products, Requisitions requisitions) {
        if (order.lines() == null || order.lines().isEmpty()) {
            throw new PurchaseOrderHasNoLines(order.purchaseOrderId());
        }
        OrderPlacement placement = new OrderPlacement(order, products, requisitions);
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (int lineNumber = 1; lineNumber <= order.lines().size(); lineNumber++) {
            lines.add(placement.line(lineNumber, order.lines().get(lineNumber - 1)));
        }
        return lines;
    }

    static void requirePromisedFromPlacement(int lineNumber, LocalDate promisedDate, LocalDate placedOn) {
        if (promisedDate.isBefore(placedOn)) {
            throw new PromisedBeforePlaced(lineNumber, promisedDate, placedOn);
        }
    }

    private PurchaseOrderLine line(int lineNumber, OrderLineRequest request) {
        requireLineDetails(request);
        if (request.quantity().signum() <= 0) {
            throw new PurchaseQuantityNotPositive("ordered", lineNumber, request.quantity());
        }
        requirePriceInOrderCurrency(request.unitPrice());
        requirePromisedFromPlacement(lineNumber, request.promisedDate(), order.placedOn());
        CataloguedProduct product =
                products.find(request.productId()).orElseThrow(() -> new UnknownProduct(request.productId()));
        BigDecimal baseQuantity = product.baseQuantity(request.quantity(), request.unit());
        List<CoveredRequisition> covering = cover(lineNumber, request);
        requireEnoughForRequisitions(lineNumber, baseQuantity, product, covering);
        return new PurchaseOrderLine(
                lineNumber,
                request.productId(),
                product.sku(),
                request.quantity(),
                request.unit(),
                baseQuantity,
                product.baseUnit(),
                product.baseUnitsPer(request.unit()),
                request.unitPrice(),
                request.unitPrice().times(request.quantity()).rounded(),
                request.promisedDate(),
                covering);
    }

    private static void requireLineDetails(OrderLineRequest request) {
        requirePresent(request, "lines");
        requirePresent(request.productId(), "productId");
        requirePresent(request.quantity(), "quantity");
        requirePresent(request.unit(), "unit");
        requirePresent(request.unitPrice(), "unitPrice");
        requirePresent(request.promisedDate(), "promisedDate");
    }

    private void requirePriceInOrderCurrency(Money unitPrice) {
        if (!unitPrice.isIn(order.currency())) {
            throw NotInSupplierCurrency.orderPrice(unitPrice, order.currency());
        }
        if (!unitPrice.isPositive()) {
            throw new PurchasePriceNotPositive(unitPrice);
        }
    }

    private List<CoveredRequisition> cover(int lineNumber, OrderLineRequest request) {
        if (request.requisitions() == null) {
            return List.of();
        }
        List<CoveredRequisition> covering = new ArrayList<>();
        for (RequisitionId requisitionId : request.requisitions()) {
            requirePresent(requisitionId, "requisitions");
            if (!covered.add(requisitionId)) {
                throw new LinesCoverSameRequisition(requisitionId);
            }
            covering.add(coverable(lineNumber, requisitionId, request.productId()));
        }
        return List.copyOf(covering);
    }

    private CoveredRequisition coverable(int lineNumber, RequisitionId requisitionId, ProductId productId) {
        RequisitionState requisition =
                requisitions.find(requisitionId).orElseThrow(() -> new UnknownRequisition(requisitionId));
        if (requisition.status() != RequisitionStatus.OPEN) {
            throw new NotAnOpenRequisition(requisitionId, requisition.status());
        }
        if (!requisition.productId().equals(productId)) {
            throw new WrongProductForRequisition(lineNumber, requisitionId, requisition.productId());
        }
        return new CoveredRequisition(
                requisitionId,
                requisition.contractId(),
                requisition.contractLine(),
                requisition.stillNeeded(),
                requisition.dateNeeded());
    }

    private static void requireEnoughForRequisitions(
            int lineNumber, BigDecimal baseQuantity, CataloguedProduct product, List<CoveredRequisition> covering) {
        BigDecimal needed =
                covering.stream().map(CoveredRequisition::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (baseQuantity.compareTo(needed) < 0) {
            throw new LineShortOfRequisitions(lineNumber, baseQuantity, needed, product.baseUnit());
        }
    }
}
