package com.tradeledger.replaycheck;

import java.util.List;

/** A replay check was asked for a name that is no projection (or a process, which is never rebuilt); 404. */
class UnknownProjection extends RuntimeException {

    private final List<String> known;

    UnknownProjection(String name, List<String> known) {
        super("no projection is registered under the name " + name + "; known projections: "
                + String.join(", ", known));
        this.known = known;
    }

    List<String> known() {
        return known;
    }
}
