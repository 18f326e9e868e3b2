package com.tradeledger.security;

import com.tradeledger.web.ProblemDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts: who am I, and (for admins) adding a member of staff with roles. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserDetailsManager users;
    private final StaffAccounts accounts;

    UserController(UserDetailsManager users, StaffAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @GetMapping("/me")
    Me me(Authentication authentication) {
        return new Me(
                authentication.getName(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(authority -> authority.replaceFirst("^ROLE_", ""))
                        .sorted()
                        .toList());
    }

    @PostMapping
    ResponseEntity<?> add(@Valid @RequestBody NewAccount account) {
        if (users.userExists(account.username())) {
            ProblemDetail problem = ProblemDetails.of(
                    HttpStatus.CONFLICT, "duplicate-username", "user '" + account.username() + "' already exists");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        accounts.create(account.username(), account.password(), account.roles());
        return ResponseEntity.created(URI.create("/api/v1/users/" + account.username()))
                .body(new Me(
                        account.username(),
                        account.roles().stream().map(Role::name).sorted().toList()));
    }

    record Me(String username, List<String> roles) {}

    record NewAccount(
            @NotNull
            @Pattern(
                    regexp = "[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}",
                    message = "1 to 64 letters, digits, '.', '_', '@' or '-'")
            String username,

            @NotNull @Size(min = 10, max = 200, message = "at least 10 characters")
            String password,

            @NotEmpty Set<Role> roles) {}
}
