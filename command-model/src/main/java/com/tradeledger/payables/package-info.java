/**
 * Payables (应付), the deciding side: supplier bills recorded against a purchase order and matched three ways, the
 * quantity billed against what was received (accepted, less returns) and the price billed against the order's within
 * a configured tolerance, a mismatch holding the bill until finance approves it with a reason; and payments made to
 * suppliers, valued in the functional currency at a recorded rate and allocated in full to the supplier's payable
 * bills, each bill recording its own part in the same unit of work.
 */
package com.tradeledger.payables;
