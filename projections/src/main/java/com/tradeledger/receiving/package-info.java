/** Keeps the goods receipts (收货) and their returns (退货) up to date from the receipt events. */
package com.tradeledger.receiving;
