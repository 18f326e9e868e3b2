package com.tradeledger.salesplanning;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.YearMonth;
import org.axonframework.serialization.Revision;

/**
 * The sales target (销售计划) of a salesperson for a month was set to {@code target}, replacing {@code previous}
 * (null the first time it was set).
 */
@Revision("1")
public record SalesTargetSet(
        SalesTargetId targetId, Username salesperson, YearMonth period, Money target, Money previous, Username setBy) {}
