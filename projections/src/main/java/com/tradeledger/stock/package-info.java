/** Builds the stock levels (库存) from the stock events: counts, reservations, releases and issues. */
package com.tradeledger.stock;
