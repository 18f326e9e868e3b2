/**
 * The payables book (应付): every supplier bill with its lines beside the receipts and order they were matched
 * against, the mismatches that held it, its approval, payments and what is still outstanding and when it is due;
 * and every payment made to a supplier with its exchange rate and the bills it settled.
 */
package com.tradeledger.payables;
