/**
 * Customers (客户): who the company sells to, the salesperson who owns each one so that two never work the
 * same customer (撞单), grade, credit limit, contacts, handover between salespeople (客户交接) and merging of
 * duplicates (合并).
 */
package com.tradeledger.customers;
