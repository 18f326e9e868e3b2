package com.tradeledger.receiving;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about goods receipts (收货) and their returns (退货); it only reads. */
@Component
public class GoodsReceiptQueries {

    private final GoodsReceiptBook book;

    public GoodsReceiptQueries(GoodsReceiptBook book) {
        this.book = book;
    }

    @QueryHandler
    public Optional<GoodsReceiptView> handle(FindGoodsReceipt query) {
        return book.find(query.receiptId());
    }

    @QueryHandler
    public GoodsReceiptPage handle(ListGoodsReceipts query) {
        var filters = new Filters()
                .equalId("purchase_order_id", query.purchaseOrderId())
                .equalId("supplier_id", query.supplierId());
        return book.list(filters, new PageWindow(query.page(), query.size()));
    }
}
