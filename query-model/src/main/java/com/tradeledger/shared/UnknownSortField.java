package com.tradeledger.shared;

import java.util.Collection;
import java.util.TreeSet;

/** A list was asked to be sorted by a field its read model does not offer. */
public final class UnknownSortField extends IllegalArgumentException {

    public UnknownSortField(String field, Collection<String> offered) {
        super("sort: cannot sort by '" + field + "'; sort by one of " + new TreeSet<>(offered)
                + ", with a leading '-' for descending");
    }
}
