package com.tradeledger.security;

import com.tradeledger.shared.Username;
import java.util.Collection;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;

/** Questions about staff that features ask: who is calling, can this person own customers, may they see a role's data. */
@Component
public class Staff {

    private final UserDetailsManager users;
    private final RoleHierarchy hierarchy;

    Staff(UserDetailsManager users, RoleHierarchy hierarchy) {
        this.users = users;
        this.hierarchy = hierarchy;
    }

    public Username current() {
        return Username.of(
                SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /** Whether the calling user holds the role, directly or through the role hierarchy. */
    public boolean currentUserHas(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && holds(authentication.getAuthorities(), role);
    }

    /**
     * Whether the calling user may see floor and cost prices (价格访问权限): managers, finance, purchasing and
     * auditors; not sales or warehouse staff.
     */
    public boolean hasPriceAccess() {
        return currentUserHas(Role.MANAGER)
                || currentUserHas(Role.FINANCE)
                || currentUserHas(Role.PURCHASING)
                || currentUserHas(Role.AUDITOR);
    }

    /** Whether the named user exists, is enabled and may own customers (a salesperson, or a manager). */
    public boolean isSalesperson(Username username) {
        try {
            UserDetails user = users.loadUserByUsername(username.value());
            return user.isEnabled() && holds(user.getAuthorities(), Role.SALES);
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }

    private boolean holds(Collection<? extends GrantedAuthority> authorities, Role role) {
        return hierarchy.getReachableGrantedAuthorities(authorities).stream()
                .anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }
}
