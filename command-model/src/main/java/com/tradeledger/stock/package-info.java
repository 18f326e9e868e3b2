/**
 * Stock (库存): the per-product stock aggregate, stocktake counts (盘点), reservations and issues for contracts, goods
 * received (收货) and returned to suppliers (退货), and transfers between warehouses.
 */
package com.tradeledger.stock;
