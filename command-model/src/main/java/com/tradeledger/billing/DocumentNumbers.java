package com.tradeledger.billing;

/**
 * The gap-free numbering of invoices and credit notes (发票号): each series counts from 1 in every year, and a number
 * once handed out is used exactly once. The caller's transaction takes the number, so a refused command uses none.
 */
public interface DocumentNumbers {

    /** The next number of the series ({@code "INV"}, {@code "CN"}) in that year. */
    DocumentNumber next(String series, int year);
}
