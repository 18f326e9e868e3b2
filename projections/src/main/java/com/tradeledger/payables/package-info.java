/**
 * Keeps the payables book (应付) up to date: supplier bills with their three-way match, approval and payments, and
 * the payments made to suppliers, applied at most once per event, so that the book can be rebuilt from the log.
 */
package com.tradeledger.payables;
