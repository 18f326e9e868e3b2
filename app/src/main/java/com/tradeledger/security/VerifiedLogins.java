package com.tradeledger.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks HTTP Basic logins against the stored password hash, and remembers a login that passed for a few minutes so
 * that the next requests with the same user and password do not pay the slow hash again. What it remembers is an
 * HMAC of the password under a key drawn at start and never stored, so memory holds neither the password nor
 * anything a stolen heap dump can be tested against offline without that key. A failed login is never remembered;
 * another password for the same user goes to the stored hash; an account changed through {@link #forget} is checked
 * again at once, any other change (disabled, roles edited in the database) is seen when the entry expires.
 */
final class VerifiedLogins implements AuthenticationProvider {

    private static final String HMAC = "HmacSHA256";

    private final AuthenticationProvider passwordCheck;
    private final Cache<String, Verified> verified;
    private final SecretKeySpec key;

    VerifiedLogins(AuthenticationProvider passwordCheck, Duration timeToLive) {
        this.passwordCheck = passwordCheck;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(10_000)
                .build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, HMAC);
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String username = login.getName();
        Object credentials = login.getCredentials();
        if (username == null || !(credentials instanceof String password)) {
            return passwordCheck.authenticate(login);
        }
        byte[] digest = digest(username, password);
        Verified known = verified.getIfPresent(username);
        if (known != null && MessageDigest.isEqual(known.digest(), digest)) {
            return known.authentication();
        }
        Authentication authenticated = passwordCheck.authenticate(login);
        if (authenticated != null && authenticated.isAuthenticated()) {
            verified.put(username, new Verified(digest, withoutCredentials(authenticated)));
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    /** Makes the next login of this user go to the stored password hash again. */
    void forget(String username) {
        verified.invalidate(username);
    }

    private static Authentication withoutCredentials(Authentication authenticated) {
        UsernamePasswordAuthenticationToken copy = UsernamePasswordAuthenticationToken.authenticated(
                authenticated.getPrincipal(), null, authenticated.getAuthorities());
        copy.setDetails(authenticated.getDetails());
        return copy;
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", unavailable);
        }
    }

    private record Verified(byte[] digest, Authentication authentication) {}
}
