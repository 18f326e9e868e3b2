/**
 * Purchasing (采购): suppliers (供应商) and what they offer, purchase requisitions planned from signed contracts
 * (采购计划), purchase orders with the suppliers' promised dates, and the delivery risks (交期匹配) when a promise comes
 * later than a contract needs it.
 */
package com.tradeledger.purchasing;
