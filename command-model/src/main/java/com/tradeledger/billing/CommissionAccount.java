package com.tradeledger.billing;

import com.tradeledger.contracting.CommissionTerms;
import com.tradeledger.shared.Money;
import java.util.Currency;
import java.util.Optional;

/**
 * The commission (佣金) an invoice owes the contract's agent: earned at the agreed rate on what is collected, taken
 * back at that rate on what credit notes refund of the collected money, up to what was earned, and what of it was
 * paid. No terms, no commission.
 */
record CommissionAccount(CommissionTerms terms, Money accrued, Money clawedBack, Money paid) {

    static CommissionAccount opened(CommissionTerms terms, Currency currency) {
        Money none = Money.zero(currency);
        return new CommissionAccount(terms, none, none, none);
    }

    /** What collecting {@code collected} earns the agent; empty without terms or when it rounds to nothing. */
    Optional<Money> earnedOn(Money collected) {
        return terms == null ? Optional.empty() : positive(Amounts.share(collected, terms.rate()));
    }

    /** What refunding {@code refunded} takes back: at the rate, never more than is still accrued. */
    Optional<Money> clawedBackOn(Money refunded) {
        if (terms == null) {
            return Optional.empty();
        }
        return positive(Amounts.smaller(Amounts.share(refunded, terms.rate()), accrued.minus(clawedBack)));
    }

    /** Earned, less what credit notes took back, less what was paid already. */
    Money due() {
        return accrued.minus(clawedBack).minus(paid);
    }

    CommissionAccount accruing(Money commission) {
        return new CommissionAccount(terms, accrued.plus(commission), clawedBack, paid);
    }

    CommissionAccount clawingBack(Money commission) {
        return new CommissionAccount(terms, accrued, clawedBack.plus(commission), paid);
    }

    CommissionAccount paying(Money commission) {
        return new CommissionAccount(terms, accrued, clawedBack, paid.plus(commission));
    }

    private static Optional<Money> positive(Money amount) {
        return amount.isPositive() ? Optional.of(amount) : Optional.empty();
    }
}
