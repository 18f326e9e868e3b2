/**
 * Payables for analysts (应付帐款): every supplier bill with what is paid and outstanding, the supplier, whether it is
 * held by a three-way-match mismatch or payable, how many days overdue it is and its ageing bucket on the day asked,
 * and summaries by supplier, currency and bucket in the bill currency and the functional currency (本位币); also as the
 * ageing stood on a past day.
 */
package com.tradeledger.payablesledger;
