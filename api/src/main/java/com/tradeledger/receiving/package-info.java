/**
 * Receiving (收货): goods received against purchase orders, inspected (rejected quantities), accepted into stock, and
 * returned to the supplier (退货).
 */
package com.tradeledger.receiving;
