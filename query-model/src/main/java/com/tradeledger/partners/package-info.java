/**
 * The partners read model (渠道/佣金客户): the agent directory of commission agents and business partners, with their
 * contact, usual commission rate and whether the ledger still works with them, listed by code.
 */
package com.tradeledger.partners;
