/**
 * Partners (渠道/佣金客户) over HTTP: commission agents and business partners registered, changed and deactivated by
 * managers and read by everyone logged in; and the agents' code table both the agents and contracts' commissions
 * consult.
 */
package com.tradeledger.partners;
