/**
 * Quoting (报价), the deciding side: the quote aggregate prices its lines from the catalogue for the customer's
 * grade or takes a manual price, holds a revision for a manager's approval when it sells below the floor price or
 * above the configured discount limit, issues it only to a customer still taking business and before its validity
 * date, lets it expire at that date by a deadline, keeps every issued revision as sent, and freezes the quote once
 * the customer accepts it.
 */
package com.tradeledger.quoting;
