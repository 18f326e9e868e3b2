package com.tradeledger.purchasing;

import com.tradeledger.shared.PageWindow;
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
        return risks.list(DeliveryRiskSelection.of(query), new PageWindow(query.page(), query.size()));
    }
}
