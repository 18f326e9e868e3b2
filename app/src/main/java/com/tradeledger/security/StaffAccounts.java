package com.tradeledger.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * Creates the configured staff accounts that do not exist yet, once the schema is in place. The first admin gets
 * the password from configuration or, failing that, a generated one printed once: nothing is hard-coded.
 */
@Component
class StaffAccounts implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final UserDetailsManager users;
    private final PasswordEncoder passwords;
    private final StaffProperties properties;

    StaffAccounts(
            UserDetailsManager users,
            PasswordEncoder passwords,
            StaffProperties properties,
            // Asked for only so that Flyway has created the users table before any account is written.
            FlywayMigrationInitializer schemaReady) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        createAdminIfMissing();
        properties.users().forEach(account -> createIfMissing(account.username(), account.password(), account.roles()));
    }

    private void createAdminIfMissing() {
        String username = properties.admin().username();
        if (users.userExists(username)) {
            return;
        }
        String password = properties.admin().password();
        if (password == null || password.isBlank()) {
            password = generatedPassword();
            // Printed, not logged at a level someone may filter out: it is shown this once and never stored in clear.
            System.out.printf(
                    "%n==== Trade Ledger: first start. Admin user '%s' has the generated password: %s ====%n"
                            + "==== Keep it now; it is not shown again. Set TRADELEDGER_ADMIN_PASSWORD to choose one. ====%n%n",
                    username, password);
        }
        create(username, password, Set.of(Role.ADMIN));
    }

    private void createIfMissing(String username, String password, Collection<Role> roles) {
        if (users.userExists(username)) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("Staff account '{}' is configured without a password and was not created", username);
            return;
        }
        create(username, password, roles);
    }

    void create(String username, String password, Collection<Role> roles) {
        users.createUser(User.withUsername(username)
                .password(passwords.encode(password))
                .authorities(roles.stream().map(Role::authority).toArray(String[]::new))
                .build());
        log.info("Created staff account '{}' with roles {}", username, roles);
    }

    private static String generatedPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
