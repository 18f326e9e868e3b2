package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.nullable;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.SupplierId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about delivery risks (交期匹配) from their table; it only reads. */
@Component
public class DeliveryRiskQueries {

    private final DeliveryRiskBook risks;

    public DeliveryRiskQueries(DeliveryRiskBook risks) {
        this.risks = risks;
    }

    @QueryHandler
    public DeliveryRiskPage handle(ListDeliveryRisks query) {
        var conditions = new Conditions()
                .add("contract_id = :contractId", "contractId", nullable(query.contractId(), ContractId::value))
                .add("supplier_id = :supplierId", "supplierId", nullable(query.supplierId(), SupplierId::value))
                .add("status = :status", "status", nullable(query.status(), Enum::name))
                .add("days_late >= :minDaysLate", "minDaysLate", query.minDaysLate());
        return risks.list(conditions, new PageWindow(query.page(), query.size()));
    }
}
