/**
 * Partners (渠道/佣金客户): the commission agents and business partners who bring in sales and earn a commission on
 * the contracts that name them; registered under a unique code, changed, and deactivated when the ledger stops
 * working with them.
 */
package com.tradeledger.partners;
