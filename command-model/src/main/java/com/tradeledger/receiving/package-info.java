/**
 * Receiving (收货): goods receipts against purchase orders, inspected (rejected quantities), accepted into stock and
 * reserved at once for the contracts the order serves; returns of a receipt's goods to the supplier (退货).
 */
package com.tradeledger.receiving;
