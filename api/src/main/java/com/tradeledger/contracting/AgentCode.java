package com.tradeledger.contracting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** The code of a commission agent or channel partner (渠道/佣金客户): 2 to 32 upper-case letters, digits, '-', '_', '.'. */
public record AgentCode(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,31}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AgentCode {
        if (value == null
                || !FORMAT.matcher(value = value.strip().toUpperCase(Locale.ROOT))
                        .matches()) {
            throw new IllegalArgumentException("an agent code is 2 to 32 letters, digits, '.', '_' or '-'");
        }
    }

    public static AgentCode of(String value) {
        return new AgentCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
