/**
 * Purchasing (采购): suppliers and what is bought from them. For now only the supplier's identity, which
 * products name as their default source.
 */
package com.tradeledger.purchasing;
