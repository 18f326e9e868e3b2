package com.tradeledger.receiving;

import com.tradeledger.shared.GoodsReceiptId;
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

/** Goods receipts and their returns over HTTP, from the receipts' read model. */
@RestController
class GoodsReceiptReadController {

    private final QueryGateway queries;

    GoodsReceiptReadController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsProjection("goods-receipts")
    @GetMapping("/api/v1/goods-receipts/{id}")
    ResponseEntity<GoodsReceiptView> receipt(@PathVariable UUID id) {
        GoodsReceiptView receipt = queries.query(
                        new FindGoodsReceipt(new GoodsReceiptId(id)),
                        ResponseTypes.optionalInstanceOf(GoodsReceiptView.class))
                .join()
                .orElseThrow(() -> new NotFound("goods receipt", id));
        return ResponseEntity.ok().eTag(Versions.entityTag(receipt.version())).body(receipt);
    }

    @ReadsProjection("goods-receipts")
    @GetMapping("/api/v1/goods-receipts")
    GoodsReceiptPage receipts(
            @RequestParam(required = false) UUID purchaseOrderId,
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListGoodsReceipts(
                                purchaseOrderId == null ? null : new PurchaseOrderId(purchaseOrderId),
                                supplierId == null ? null : new SupplierId(supplierId),
                                page,
                                size),
                        ResponseTypes.instanceOf(GoodsReceiptPage.class))
                .join();
    }
}
