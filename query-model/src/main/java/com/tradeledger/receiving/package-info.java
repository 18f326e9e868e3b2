/**
 * The goods receipts (收货): every receipt against a purchase order with its lines received, rejected at inspection
 * and accepted into stock, and the returns to the supplier (退货) made from it; listed by purchase order or supplier.
 */
package com.tradeledger.receiving;
