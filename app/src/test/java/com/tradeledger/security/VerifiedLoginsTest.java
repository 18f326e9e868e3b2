package com.tradeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class VerifiedLoginsTest {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("sally")
            .password(passwords.encode("sally-password"))
            .roles(Role.SALES.name())
            .build());
    private final AtomicInteger hashChecks = new AtomicInteger();

    private VerifiedLogins logins(Duration timeToLive) {
        DaoAuthenticationProvider real = new DaoAuthenticationProvider(users);
        real.setPasswordEncoder(passwords);
        AuthenticationProvider counting = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication login) {
                hashChecks.incrementAndGet();
                return real.authenticate(login);
            }

            @Override
            public boolean supports(Class<?> type) {
                return real.supports(type);
            }
        };
        return new VerifiedLogins(counting, timeToLive);
    }

    private static Authentication login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void a_verified_login_is_not_hashed_again_for_the_same_password() {
        VerifiedLogins logins = logins(Duration.ofMinutes(5));

        Authentication first = logins.authenticate(login("sally", "sally-password"));
        Authentication second = logins.authenticate(login("sally", "sally-password"));

        assertThat(hashChecks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("sally");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second.getCredentials()).isNull();
    }

    @Test
    void another_password_for_a_verified_user_goes_to_the_stored_hash_and_is_refused() {
        VerifiedLogins logins = logins(Duration.ofMinutes(5));
        logins.authenticate(login("sally", "sally-password"));

        assertThatThrownBy(() -> logins.authenticate(login("sally", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).hasValue(2);
        assertThat(logins.authenticate(login("sally", "sally-password")).isAuthenticated())
                .isTrue();
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void a_refused_login_is_never_remembered() {
        VerifiedLogins logins = logins(Duration.ofMinutes(5));

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> logins.authenticate(login("sally", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(hashChecks).hasValue(3);
    }

    @Test
    void a_forgotten_user_and_a_zero_time_to_live_check_the_stored_hash_every_time() {
        VerifiedLogins remembering = logins(Duration.ofMinutes(5));
        remembering.authenticate(login("sally", "sally-password"));
        remembering.forget("sally");
        remembering.authenticate(login("sally", "sally-password"));
        assertThat(hashChecks).hasValue(2);

        VerifiedLogins checkingEveryTime = logins(Duration.ZERO);
        checkingEveryTime.authenticate(login("sally", "sally-password"));
        checkingEveryTime.authenticate(login("sally", "sally-password"));
        assertThat(hashChecks).hasValue(4);
    }

    @Test
    void a_disabled_account_is_refused_once_forgotten() {
        VerifiedLogins logins = logins(Duration.ofMinutes(5));
        logins.authenticate(login("sally", "sally-password"));

        users.updateUser(User.withUserDetails(users.loadUserByUsername("sally"))
                .disabled(true)
                .build());
        logins.forget("sally");

        assertThatThrownBy(() -> logins.authenticate(login("sally", "sally-password")))
                .hasMessageContaining("disabled");
    }
}
