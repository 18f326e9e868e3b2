/**
 * Builds the stock levels (库存) from the stock events (counts, reservations, releases, issues, receipts, returns and
 * transfers), and what is on order from suppliers from the purchase order events.
 */
package com.tradeledger.stock;
