package com.tradeledger.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts created at start-up when missing. The first admin's password comes from
 * {@code TRADELEDGER_ADMIN_PASSWORD}; without it one is generated and printed once, at the first start.
 * {@code verifiedLoginTtl} is how long a login, once checked against its password hash, is taken as verified for
 * the same password ({@code 0s} checks every request).
 */
@ConfigurationProperties("tradeledger.security")
record StaffProperties(
        @DefaultValue Admin admin,
        @DefaultValue List<Account> users,
        @DefaultValue("5m") Duration verifiedLoginTtl) {

    record Admin(@DefaultValue("admin") String username, String password) {}

    record Account(String username, String password, Set<Role> roles) {}
}
