/**
 * Customers (客户), the deciding side: the customer aggregate keeps each customer's code unique, its owning
 * salesperson single so that two never work the same customer (撞单), its credit limit sane, and refuses all
 * business once the customer was merged into a survivor (合并) or deactivated.
 */
package com.tradeledger.customers;
