package com.tradeledger.salesplanning;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.YearMonth;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set the sales target (销售计划) of a salesperson for a month, in the functional currency the books are kept in;
 * setting it again replaces it.
 */
public record SetSalesTarget(
        @TargetAggregateIdentifier SalesTargetId targetId,
        Username salesperson,
        YearMonth period,
        Money target,
        Currency functionalCurrency,
        Username setBy) {}
