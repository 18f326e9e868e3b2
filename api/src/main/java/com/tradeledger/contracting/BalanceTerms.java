package com.tradeledger.contracting;

/** How the balance after any deposit is paid. */
public enum BalanceTerms {
    /** A number of days after the goods are shipped (T/T after shipment). */
    AFTER_SHIPMENT,
    /** Against the shipping documents (D/P), a number of days after shipment. */
    AGAINST_DOCUMENTS,
    /** Under a letter of credit (L/C), at sight or a number of days' usance after shipment. */
    LETTER_OF_CREDIT
}
