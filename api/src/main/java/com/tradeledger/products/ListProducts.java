package com.tradeledger.products;

/**
 * Ask for a page of the catalogue, filtered by category and a text that matches the SKU or name; null filters
 * match everything. Answered with a {@link ProductPage}.
 */
public record ListProducts(String category, String text, int page, int size) {}
