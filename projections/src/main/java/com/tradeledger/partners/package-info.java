/**
 * Partners (渠道/佣金客户): builds the agent directory of commission agents and business partners from their events.
 */
package com.tradeledger.partners;
