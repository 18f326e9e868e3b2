/**
 * The quote book (报价): every quote with its customer, salesperson, delivery terms, status and current revision's
 * lines and total, whether that revision is approved or sells below a floor price, the customer's feedback
 * (报价反馈) and why it was turned down; listed by customer, salesperson or status; and every revision issued,
 * readable exactly as the customer was sent it, however the quote was revised since.
 */
package com.tradeledger.quoting;
