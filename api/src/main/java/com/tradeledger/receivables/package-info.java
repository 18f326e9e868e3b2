/**
 * Receivables for analysts (应收帐款): every invoice with what is paid, credited and outstanding, its customer and the
 * salesperson who now owns the customer, how many days overdue it is and its ageing bucket on the day asked, and
 * summaries by customer, salesperson, currency and bucket in the invoice currency and the functional currency (本位币);
 * also as the ageing stood on a past day. The ageing summary types serve the payables ledger too.
 */
package com.tradeledger.receivables;
