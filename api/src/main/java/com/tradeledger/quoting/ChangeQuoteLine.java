package com.tradeledger.quoting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change a draft quote line's quantity, unit, price or discount; it is priced again as when added. */
public record ChangeQuoteLine(
        @TargetAggregateIdentifier QuoteId quoteId,
        int lineNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        Percentage discount,
        LocalDate pricedOn,
        Username pricedBy,
        @TargetAggregateVersion Long expectedVersion) {}
