/**
 * The receivables ledger for analysts (应收帐款): invoices with their customers, salespeople, balances and every
 * movement of the balance by date, aged on the day asked, and the ageing summaries in the invoice and the functional
 * currency that the payables ledger shares.
 */
package com.tradeledger.receivables;
