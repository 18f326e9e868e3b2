package com.tradeledger.products;

import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A product can now be counted in these units, each converted to its base unit by the factor given. */
@Revision("1")
public record UnitConversionsDefined(ProductId productId, UnitOfMeasure baseUnit, List<UnitConversion> conversions) {}
