package com.tradeledger.salesplanning;

import com.tradeledger.billing.CommissionAccrued;
import com.tradeledger.billing.CommissionClawedBack;
import com.tradeledger.billing.CommissionPaid;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.PaymentAllocated;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.DeliveryScheduled;
import com.tradeledger.quoting.QuoteAccepted;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteExpired;
import com.tradeledger.quoting.QuoteIssued;
import com.tradeledger.quoting.QuoteRejected;
import com.tradeledger.shipping.ShipmentShipped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Delivers events to the sales performance projections as a processing group would, each with its own id. */
final class SalesHistory {

    static final Instant AT = Instant.parse("2025-05-06T08:00:00Z");

    private final SalesPipelineProjection pipeline;
    private final SalesRevenueProjection revenue;
    private final List<String> delivered = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    SalesHistory(SalesPipelineProjection pipeline, SalesRevenueProjection revenue) {
        this.pipeline = pipeline;
        this.revenue = revenue;
    }

    /** Delivers each event for the first time. */
    void deliver(Object... newEvents) {
        for (Object event : newEvents) {
            String id = "event-" + (delivered.size() + 1);
            delivered.add(id);
            events.add(event);
            deliver(id, event);
        }
    }

    /** Delivers every event delivered so far once more, with its own id, as after a crash before the token moved. */
    void redeliverAll() {
        for (int i = 0; i < events.size(); i++) {
            deliver(delivered.get(i), events.get(i));
        }
    }

    void deliver(String id, Object event) {
        if (event instanceof QuoteDrafted e) {
            pipeline.on(e, id);
        } else if (event instanceof QuoteIssued e) {
            pipeline.on(e, id);
        } else if (event instanceof QuoteAccepted e) {
            pipeline.on(e, id);
        } else if (event instanceof QuoteRejected e) {
            pipeline.on(e, id, AT);
        } else if (event instanceof QuoteExpired e) {
            pipeline.on(e, id);
        } else if (event instanceof ContractSigned e) {
            pipeline.on(e, id);
        } else if (event instanceof ContractCancelled e) {
            pipeline.on(e, id);
        } else if (event instanceof ContractCompleted e) {
            pipeline.on(e, id);
        } else if (event instanceof DeliveryScheduled e) {
            pipeline.on(e, id);
        } else if (event instanceof ShipmentShipped e) {
            pipeline.on(e, id);
        } else if (event instanceof SalesTargetSet e) {
            pipeline.on(e, id);
        } else {
            deliverBilling(id, event);
        }
    }

    private void deliverBilling(String id, Object event) {
        if (event instanceof InvoiceIssued e) {
            revenue.on(e, id);
        } else if (event instanceof InvoiceCancelled e) {
            revenue.on(e, id);
        } else if (event instanceof InvoiceCredited e) {
            revenue.on(e, id);
        } else if (event instanceof PaymentReceived e) {
            revenue.on(e, id);
        } else if (event instanceof PaymentAllocated e) {
            revenue.on(e, id);
        } else if (event instanceof CommissionAccrued e) {
            revenue.on(e, id, AT);
        } else if (event instanceof CommissionClawedBack e) {
            revenue.on(e, id, AT);
        } else if (event instanceof CommissionPaid e) {
            revenue.on(e, id);
        } else {
            throw new IllegalArgumentException(
                    "the sales view takes no " + event.getClass().getSimpleName());
        }
    }
}
