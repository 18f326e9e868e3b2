package com.tradeledger.payables;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about supplier bills and payments (应付) from the payables book; it only reads. */
@Component
public class PayablesBookQueries {

    private final PayablesBook book;

    public PayablesBookQueries(PayablesBook book) {
        this.book = book;
    }

    @QueryHandler
    public Optional<SupplierBillView> handle(FindSupplierBill query) {
        return book.findBill(query.billId());
    }

    @QueryHandler
    public SupplierBillPage handle(ListSupplierBills query) {
        var filters = new Filters()
                .equalId("supplier_id", query.supplierId())
                .equal("status", query.status())
                .equalId("purchase_order_id", query.purchaseOrderId());
        return book.listBills(filters, new PageWindow(query.page(), query.size()));
    }

    @QueryHandler
    public Optional<SupplierPaymentView> handle(FindSupplierPayment query) {
        return book.findPayment(query.paymentId());
    }

    @QueryHandler
    public SupplierPaymentPage handle(ListSupplierPayments query) {
        var filters = new Filters().equalId("supplier_id", query.supplierId());
        return book.listPayments(filters, new PageWindow(query.page(), query.size()));
    }
}
