/**
 * Payables (应付): supplier bills matched three ways against their purchase order and its receipts, held on a mismatch
 * until finance approves them, and payments made to suppliers with their exchange rates.
 */
package com.tradeledger.payables;
