/**
 * Stock levels (库存): per product, what each warehouse has on hand, what is reserved for each contract line and
 * what is available, and every movement (库存流水) that made them: stocktake counts (盘点), reservations, their
 * release and issues to shipments.
 */
package com.tradeledger.stock;
