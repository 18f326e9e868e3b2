package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.nullable;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.SupplierId;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about purchase requisitions and purchase orders from the purchase book; it only reads. */
@Component
public class PurchaseBookQueries {

    private final RequisitionBook requisitions;
    private final PurchaseOrderBook orders;

    public PurchaseBookQueries(RequisitionBook requisitions, PurchaseOrderBook orders) {
        this.requisitions = requisitions;
        this.orders = orders;
    }

    @QueryHandler
    public RequisitionPage handle(ListRequisitions query) {
        var conditions = new Conditions()
                .add("contract_id = :contractId", "contractId", nullable(query.contractId(), ContractId::value))
                .add("status = :status", "status", nullable(query.status(), Enum::name));
        return requisitions.list(conditions, new PageWindow(query.page(), query.size()));
    }

    @QueryHandler
    public Optional<PurchaseOrderView> handle(FindPurchaseOrder query) {
        return orders.find(query.purchaseOrderId());
    }

    @QueryHandler
    public PurchaseOrderPage handle(ListPurchaseOrders query) {
        var conditions = new Conditions()
                .add("supplier_id = :supplierId", "supplierId", nullable(query.supplierId(), SupplierId::value))
                .add("status = :status", "status", nullable(query.status(), Enum::name))
                .add(
                        "contract_ids @> array[:contractId]",
                        "contractId",
                        nullable(query.contractId(), ContractId::value));
        return orders.list(conditions, new PageWindow(query.page(), query.size()));
    }
}
