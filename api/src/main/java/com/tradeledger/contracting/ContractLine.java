package com.tradeledger.contracting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a contract, copied from the accepted quote line with the same number, with its quantity also in the
 * product's base unit (what stock counts) and, once scheduled, its delivery date.
 */
public record ContractLine(
        int lineNumber,
        ProductId productId,
        Sku sku,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        Percentage discount,
        boolean belowFloor,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
        UnitOfMeasure baseUnit,
        LocalDate deliveryDate) {

    /** The price per unit after the discount. */
    public Money netUnitPrice() {
        return unitPrice.times(discount.remainder());
    }

    /** The line's total, rounded half-even to the currency's minor unit: the named rounding point of a line. */
    public Money total() {
        return netUnitPrice().times(quantity).rounded();
    }

    public ContractLine deliveredOn(LocalDate date) {
        return new ContractLine(
                lineNumber,
                productId,
                sku,
                quantity,
                unit,
                unitPrice,
                discount,
                belowFloor,
                baseQuantity,
                baseUnit,
                date);
    }
}
