package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/** Open receivables as a map per customer and currency: zero where nothing was put. */
final class InMemoryCreditExposure implements CreditExposure {

    private final Map<CustomerId, Map<Currency, Money>> open = new HashMap<>();

    InMemoryCreditExposure owing(CustomerId customerId, Money amount) {
        open.computeIfAbsent(customerId, id -> new HashMap<>()).put(amount.currency(), amount);
        return this;
    }

    @Override
    public Money openReceivables(CustomerId customerId, Currency currency) {
        return open.getOrDefault(customerId, Map.of()).getOrDefault(currency, Money.zero(currency));
    }
}
