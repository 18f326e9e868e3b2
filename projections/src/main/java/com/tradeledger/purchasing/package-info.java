/**
 * Keeps the purchasing read models up to date: the supplier directory (供应商), the purchase book of requisitions
 * (采购计划) and purchase orders, and the delivery risks (交期匹配), applied in order and at most once per event, so
 * that each can be dropped and rebuilt from the log.
 */
package com.tradeledger.purchasing;
