package com.tradeledger.payables;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supplier bills and supplier payments over HTTP, from the payables read model; finance, auditors and purchasing. */
@RestController
class PayablesReadController {

    private final QueryGateway queries;

    PayablesReadController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsProjection("payables-book")
    @GetMapping("/api/v1/supplier-bills/{id}")
    ResponseEntity<SupplierBillView> bill(@PathVariable UUID id) {
        SupplierBillView bill = queries.query(
                        new FindSupplierBill(new SupplierBillId(id)),
                        ResponseTypes.optionalInstanceOf(SupplierBillView.class))
                .join()
                .orElseThrow(() -> new NotFound("supplier bill", id));
        return ResponseEntity.ok().eTag(Versions.entityTag(bill.version())).body(bill);
    }

    @ReadsProjection("payables-book")
    @GetMapping("/api/v1/supplier-bills")
    SupplierBillPage bills(
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) SupplierBillStatus status,
            @RequestParam(required = false) UUID purchaseOrderId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListSupplierBills(
                                supplierId == null ? null : new SupplierId(supplierId),
                                status,
                                purchaseOrderId == null ? null : new PurchaseOrderId(purchaseOrderId),
                                page,
                                size),
                        ResponseTypes.instanceOf(SupplierBillPage.class))
                .join();
    }

    @ReadsProjection("payables-book")
    @GetMapping("/api/v1/supplier-payments/{id}")
    SupplierPaymentView payment(@PathVariable UUID id) {
        return queries.query(
                        new FindSupplierPayment(new SupplierPaymentId(id)),
                        ResponseTypes.optionalInstanceOf(SupplierPaymentView.class))
                .join()
                .orElseThrow(() -> new NotFound("supplier payment", id));
    }

    @ReadsProjection("payables-book")
    @GetMapping("/api/v1/supplier-payments")
    SupplierPaymentPage payments(
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListSupplierPayments(supplierId == null ? null : new SupplierId(supplierId), page, size),
                        ResponseTypes.instanceOf(SupplierPaymentPage.class))
                .join();
    }
}
