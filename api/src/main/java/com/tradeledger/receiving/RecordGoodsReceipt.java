package com.tradeledger.receiving;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record goods received into a warehouse against a purchase order. */
public record RecordGoodsReceipt(
        @TargetAggregateIdentifier GoodsReceiptId receiptId,
        PurchaseOrderId purchaseOrderId,
        WarehouseCode warehouse,
        List<ReceiptLineRequest> lines,
        Username receivedBy,
        LocalDate receivedOn) {}
