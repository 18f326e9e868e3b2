/**
 * The customer directory (客户): every customer with its code, owning salesperson, grade, credit limit,
 * contacts and whether it still takes business, as the customer events left it; listed by salesperson,
 * grade, country or a search on name and code, so that staff find a customer before quoting it.
 */
package com.tradeledger.customers;
