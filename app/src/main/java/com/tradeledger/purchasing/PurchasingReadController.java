package com.tradeledger.purchasing;

import com.tradeledger.security.Staff;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supply side's read models over HTTP: suppliers and their offers, requisitions, purchase orders, and delivery
 * risks (交期匹配) open and cleared with their history. Who may read which is set per URL in the security rules.
 */
@RestController
class PurchasingReadController {

    private final QueryGateway queries;
    private final Staff staff;

    PurchasingReadController(QueryGateway queries, Staff staff) {
        this.queries = queries;
        this.staff = staff;
    }

    @ReadsProjection("supplier-directory")
    @GetMapping("/api/v1/suppliers/{id}")
    ResponseEntity<SupplierView> supplier(@PathVariable UUID id) {
        SupplierView supplier = queries.query(
                        new FindSupplier(new SupplierId(id)), ResponseTypes.optionalInstanceOf(SupplierView.class))
                .join()
                .orElseThrow(() -> new NotFound("supplier", id));
        return ResponseEntity.ok().eTag(Versions.entityTag(supplier.version())).body(supplier);
    }

    @ReadsProjection("supplier-directory")
    @GetMapping("/api/v1/suppliers")
    SupplierPage suppliers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(new ListSuppliers(q, active, page, size), ResponseTypes.instanceOf(SupplierPage.class))
                .join();
    }

    @ReadsProjection("purchase-book")
    @GetMapping("/api/v1/requisitions")
    RequisitionPage requisitions(
            @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) RequisitionStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListRequisitions(contract(contractId), status, page, size),
                        ResponseTypes.instanceOf(RequisitionPage.class))
                .join();
    }

    @ReadsProjection("purchase-book")
    @GetMapping("/api/v1/purchase-orders/{id}")
    ResponseEntity<PurchaseOrderView> purchaseOrder(@PathVariable UUID id) {
        PurchaseOrderView order = queries.query(
                        new FindPurchaseOrder(new PurchaseOrderId(id)),
                        ResponseTypes.optionalInstanceOf(PurchaseOrderView.class))
                .join()
                .orElseThrow(() -> new NotFound("purchase order", id));
        return ResponseEntity.ok()
                .eTag(Versions.entityTag(order.version()))
                .body(staff.hasPriceAccess() ? order : order.withoutPrices());
    }

    /** Purchase prices are shown to purchasing, finance, managers and auditors; the warehouse sees quantities. */
    @ReadsProjection("purchase-book")
    @GetMapping("/api/v1/purchase-orders")
    PurchaseOrderPage purchaseOrders(
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) PurchaseOrderStatus status,
            @RequestParam(required = false) UUID contractId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PurchaseOrderPage orders = queries.query(
                        new ListPurchaseOrders(
                                supplierId == null ? null : new SupplierId(supplierId),
                                status,
                                contract(contractId),
                                page,
                                size),
                        ResponseTypes.instanceOf(PurchaseOrderPage.class))
                .join();
        return staff.hasPriceAccess() ? orders : orders.withoutPrices();
    }

    /**
     * Every delivery risk, open and cleared, with its history: for purchasing, sales and auditors alike. Sorted by
     * {@code sort} (daysLate, dateNeeded, promisedDate, contract, supplier, changedAt; '-' for descending), the latest
     * changed first by default. The same list is exported as {@code text/csv} by {@link DeliveryRiskExportController}.
     */
    @ReadsProjection("delivery-risks")
    @GetMapping(value = "/api/v1/delivery-risks", produces = MediaType.APPLICATION_JSON_VALUE)
    DeliveryRiskPage deliveryRisks(
            @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) DeliveryRiskStatus status,
            @RequestParam(required = false) @Min(0) Integer minDaysLate,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListDeliveryRisks(
                                contract(contractId),
                                supplierId == null ? null : new SupplierId(supplierId),
                                status,
                                minDaysLate,
                                page,
                                size,
                                sort),
                        ResponseTypes.instanceOf(DeliveryRiskPage.class))
                .join();
    }

    private static ContractId contract(UUID id) {
        return id == null ? null : new ContractId(id);
    }
}
