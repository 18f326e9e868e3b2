/**
 * The payables ledger for analysts (应付帐款): supplier bills with their suppliers, balances, hold or approval, and
 * every movement of the balance by date, aged on the day asked and summed by supplier, currency and bucket.
 */
package com.tradeledger.payablesledger;
