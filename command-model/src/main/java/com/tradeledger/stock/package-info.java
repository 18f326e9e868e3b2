/** Stock (库存): the per-product stock aggregate, stocktake counts, and reservations and issues for contracts. */
package com.tradeledger.stock;
