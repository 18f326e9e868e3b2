package com.tradeledger.stock;

import com.tradeledger.products.ProductId;

/** Ask for the stock of one product as it now stands; answered with a {@link StockView}, or none if never counted. */
public record FindStock(ProductId productId) {}
