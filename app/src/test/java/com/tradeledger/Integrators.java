package com.tradeledger;

import com.tradeledger.security.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Two integrators, Ian and Ivy, each with the INTEGRATOR role and no other; password "&lt;name&gt;-password". */
public final class Integrators {

    public static final String IAN = "ian";
    public static final String IVY = "ivy";

    private Integrators() {}

    /** Ian, created on first use. */
    public static Api ian(int port, UserDetailsManager users, PasswordEncoder passwords) {
        return integrator(IAN, port, users, passwords);
    }

    /** The integrator of that name, created on first use. */
    public static Api integrator(String name, int port, UserDetailsManager users, PasswordEncoder passwords) {
        if (!users.userExists(name)) {
            users.createUser(User.withUsername(name)
                    .password(passwords.encode(name + "-password"))
                    .authorities(Role.INTEGRATOR.authority())
                    .build());
        }
        return Api.as(port, name);
    }
}
