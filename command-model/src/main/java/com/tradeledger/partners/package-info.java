/**
 * Partners (渠道/佣金客户): commission agents and business partners, registered under a code no other agent holds,
 * changed, and deactivated; contracting asks the same code table whether an agent may still earn a commission.
 */
package com.tradeledger.partners;
