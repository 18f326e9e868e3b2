package com.tradeledger.purchasing;

/**
 * Whether a refused cancel says the requisition was cancelled already, found anywhere in the chain of causes the
 * command gateway hands back.
 */
final class AlreadyCancelled {

    private AlreadyCancelled() {}

    static boolean is(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequisitionAlreadyCancelled) {
                return true;
            }
        }
        return false;
    }
}
