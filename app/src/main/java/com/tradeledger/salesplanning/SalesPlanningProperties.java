package com.tradeledger.salesplanning;

import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings sales planning reads: the functional currency (本位币) targets are set and figures converted in, and
 * the win probability the forecast (销售预测) weighs open quotes by.
 */
@Component
class SalesPlanningProperties {

    private final Currency functionalCurrency;
    private final Percentage quoteWinProbability;

    SalesPlanningProperties(
            @Value("${tradeledger.billing.functional-currency:CNY}") Currency functionalCurrency,
            @Value("${tradeledger.forecast.quote-win-probability:30}") BigDecimal quoteWinProbability) {
        this.functionalCurrency = functionalCurrency;
        this.quoteWinProbability = new Percentage(quoteWinProbability);
    }

    Currency functionalCurrency() {
        return functionalCurrency;
    }

    Percentage quoteWinProbability() {
        return quoteWinProbability;
    }
}
