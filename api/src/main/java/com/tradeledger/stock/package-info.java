/**
 * Stock (库存): per product and warehouse, what is on hand, what is reserved for contracts and what is available;
 * stocktake counts (盘点), reservations on signing and issues on shipping. Quantities are in the product's base unit.
 */
package com.tradeledger.stock;
