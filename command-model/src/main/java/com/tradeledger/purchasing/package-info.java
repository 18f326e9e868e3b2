/**
 * Purchasing (采购): suppliers and their offers, requisitions planned from signed contracts, purchase orders and the
 * delivery risks they raise and clear.
 */
package com.tradeledger.purchasing;
