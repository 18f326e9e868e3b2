package com.tradeledger.purchasing;

/**
 * Ask for a page of suppliers by code, filtered by text in their code or name and by whether the ledger still buys
 * from them (a null filter matches every supplier); answered with a {@link SupplierPage}.
 */
public record ListSuppliers(String q, Boolean active, int page, int size) {}
