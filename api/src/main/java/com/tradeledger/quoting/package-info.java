/**
 * Quoting (报价): offers to a customer in a currency on Incoterms, with lines priced from the price list or by
 * hand, manager approval for prices below the floor or large discounts, revisions that keep every issued version
 * readable, the customer's feedback, and acceptance, rejection or expiry at the validity date.
 */
package com.tradeledger.quoting;
