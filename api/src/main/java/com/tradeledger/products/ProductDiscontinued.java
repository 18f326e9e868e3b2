package com.tradeledger.products;

import org.axonframework.serialization.Revision;

/** A product was taken out of sale, for the reason given. */
@Revision("1")
public record ProductDiscontinued(ProductId productId, String reason) {}
