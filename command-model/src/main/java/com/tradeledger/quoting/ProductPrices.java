package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductIsDiscontinued;
import com.tradeledger.products.SalePrice;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** The catalogue's prices (订价), as quoting asks for them to price a line. */
public interface ProductPrices {

    /**
     * What the product asks for {@code quantity} in {@code unit} (null: its base unit) from a customer of
     * {@code grade} on {@code pricedOn}, in {@code currency}; unlisted when it has no price list in that currency.
     *
     * @throws UnknownProduct when no such product was registered
     * @throws ProductIsDiscontinued when the product is no longer sold
     * @throws NoConversionToBaseUnit when the product is not counted in {@code unit}
     */
    SalePrice price(
            ProductId productId,
            CustomerGrade grade,
            BigDecimal quantity,
            UnitOfMeasure unit,
            LocalDate pricedOn,
            Currency currency);
}
