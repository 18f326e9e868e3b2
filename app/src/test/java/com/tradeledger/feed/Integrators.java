package com.tradeledger.feed;

import com.tradeledger.Api;
import com.tradeledger.security.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Ian, an integrator: the one test user with the INTEGRATOR role and no other. */
final class Integrators {

    static final String IAN = "ian";

    private Integrators() {}

    static Api ian(int port, UserDetailsManager users, PasswordEncoder passwords) {
        if (!users.userExists(IAN)) {
            users.createUser(User.withUsername(IAN)
                    .password(passwords.encode(IAN + "-password"))
                    .authorities(Role.INTEGRATOR.authority())
                    .build());
        }
        return Api.as(port, IAN);
    }
}
