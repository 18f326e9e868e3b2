package com.tradeledger.replaycheck;

import java.util.ArrayList;
import java.util.List;

/** The events a shadow replay could not handle: all of them counted, the first few kept to show. */
final class ShadowFailures {

    private final int kept;
    private final List<ShadowFailure> examples = new ArrayList<>();
    private long count;

    ShadowFailures(int kept) {
        this.kept = kept;
    }

    void add(ShadowFailure failure) {
        count++;
        if (examples.size() < kept) {
            examples.add(failure);
        }
    }

    long count() {
        return count;
    }

    List<ShadowFailure> examples() {
        return List.copyOf(examples);
    }
}
