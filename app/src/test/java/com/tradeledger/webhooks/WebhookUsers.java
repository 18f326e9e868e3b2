package com.tradeledger.webhooks;

import com.tradeledger.Api;
import com.tradeledger.security.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Two integrators, Ian and Ivy, each with the INTEGRATOR role and no other; password "&lt;name&gt;-password". */
final class WebhookUsers {

    static final String IAN = "ian";
    static final String IVY = "ivy";

    private WebhookUsers() {}

    static Api integrator(String name, int port, UserDetailsManager users, PasswordEncoder passwords) {
        if (!users.userExists(name)) {
            users.createUser(User.withUsername(name)
                    .password(passwords.encode(name + "-password"))
                    .authorities(Role.INTEGRATOR.authority())
                    .build());
        }
        return Api.as(port, name);
    }
}
