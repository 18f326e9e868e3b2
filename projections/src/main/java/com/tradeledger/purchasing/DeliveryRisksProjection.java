package com.tradeledger.purchasing;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the delivery risks (交期匹配) from the purchase order's risk events: raised, raised again with new days late,
 * cleared, closed. The order event's sequence number guards each risk, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("delivery-risks")
public class DeliveryRisksProjection {

    private final DeliveryRiskBook risks;

    public DeliveryRisksProjection(DeliveryRiskBook risks) {
        this.risks = risks;
    }

    @EventHandler
    public void on(DeliveryRiskRaised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        risks.raise(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(DeliveryRiskCleared event, @SequenceNumber long sequence, @Timestamp Instant at) {
        risks.clear(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(DeliveryRiskClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        risks.close(event, new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        risks.clearAll();
    }
}
