package com.tradeledger.rates;

import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.payables.SupplierPaymentMade;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps every rate to the functional currency recorded with a customer or supplier payment. */
@Component
@ProcessingGroup("exchange-rates")
public class ExchangeRatesProjection {

    private final ExchangeRateBook rates;

    public ExchangeRatesProjection(ExchangeRateBook rates) {
        this.rates = rates;
    }

    @EventHandler
    public void on(PaymentReceived event, EventMessage<?> message, @Timestamp Instant at) {
        rates.record(
                message.getIdentifier(),
                event.amount().currency(),
                event.functionalAmount().currency(),
                event.receivedOn(),
                event.rateToFunctional(),
                at);
    }

    @EventHandler
    public void on(SupplierPaymentMade event, EventMessage<?> message, @Timestamp Instant at) {
        rates.record(
                message.getIdentifier(),
                event.amount().currency(),
                event.functionalAmount().currency(),
                event.paidOn(),
                event.rateToFunctional(),
                at);
    }

    @ResetHandler
    public void reset() {
        rates.clear();
    }
}
