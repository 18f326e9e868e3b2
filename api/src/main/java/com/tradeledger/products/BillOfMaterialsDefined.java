package com.tradeledger.products;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A product's bill of materials (物料表) is now the lines given. */
@Revision("1")
public record BillOfMaterialsDefined(ProductId productId, List<BomLine> lines) {}
