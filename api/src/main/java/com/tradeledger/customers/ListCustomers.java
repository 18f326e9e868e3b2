package com.tradeledger.customers;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Username;

/**
 * Ask for a page of the customer directory, filtered by owning salesperson, grade, country and a text that
 * matches the name or code; null filters match everything. Answered with a {@link CustomerPage}.
 */
public record ListCustomers(
        Username salesperson, CustomerGrade grade, CountryCode country, String text, int page, int size) {}
