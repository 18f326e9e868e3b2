package com.tradeledger.quoting;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a salesperson asks of a line, added or changed: priced again from scratch either way. */
record LineRequest(
        BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        Percentage discount,
        LocalDate pricedOn,
        Username pricedBy) {

    static LineRequest of(AddQuoteLine command) {
        return new LineRequest(
                command.quantity(),
                command.unit(),
                command.unitPrice(),
                command.discount(),
                command.pricedOn(),
                command.pricedBy());
    }

    static LineRequest of(ChangeQuoteLine command) {
        return new LineRequest(
                command.quantity(),
                command.unit(),
                command.unitPrice(),
                command.discount(),
                command.pricedOn(),
                command.pricedBy());
    }

    boolean pricedByHand() {
        return unitPrice != null;
    }
}
