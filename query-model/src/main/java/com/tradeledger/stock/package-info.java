/**
 * Stock levels (库存): per product, what each warehouse has on hand, what is reserved for each contract line, what
 * is available and what is on order from suppliers, and every movement (库存流水) that made them: stocktake counts
 * (盘点), reservations, their release, issues to shipments, goods received (收货), returned to suppliers (退货) and
 * transferred between warehouses.
 */
package com.tradeledger.stock;
