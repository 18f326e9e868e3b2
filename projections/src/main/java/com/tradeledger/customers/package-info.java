/**
 * Keeps the customer directory (客户) up to date: registrations, grade changes, credit limits, handovers
 * between salespeople (客户交接), merges of duplicates (合并) and deactivations, applied in order and at most
 * once per event, so that the directory can be dropped and rebuilt from the log.
 */
package com.tradeledger.customers;
