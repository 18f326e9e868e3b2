package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.util.List;

/** The floor price (价格访问权限) is the least the company sells for, so no price of the list may undercut it. */
public final class PriceBelowFloor extends BusinessRuleViolation {

    PriceBelowFloor(List<Money> prices, Money floorPrice) {
        super("price-below-floor", "prices " + prices + " are below the floor price " + floorPrice);
    }
}
