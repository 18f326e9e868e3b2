package com.tradeledger.shared;

/**
 * A command broke a business rule and was refused; nothing was appended. Each rule has its own subclass, named
 * after the rule, with a stable kebab-case code that clients may rely on (the HTTP layer answers 409 with it).
 */
public abstract class BusinessRuleViolation extends RuntimeException {

    private final String code;

    protected BusinessRuleViolation(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
