package com.tradeledger.shared;

/**
 * The slice of a list query's results to return: a 0-based page of a given size. Sizes are kept between 1 and
 * {@value #MAX_SIZE} so that no caller can make a query read a whole table at once.
 */
public record PageWindow(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageWindow {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
