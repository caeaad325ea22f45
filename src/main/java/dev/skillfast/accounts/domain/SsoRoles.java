package dev.skillfast.accounts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The role a provider's groups give: ADMIN if any group is an admin group, else EXPERT if any is an expert
 * group, else CLIENT. Groups are compared as the provider sends them, and also without a leading "/"
 * (Keycloak's full group paths), so "/skillfast-admins" matches "skillfast-admins".
 */
public record SsoRoles(String groupsClaim, Set<String> adminGroups, Set<String> expertGroups) {

    public Role roleFor(Collection<String> groups) {
        if (groups.stream().anyMatch(g -> matches(adminGroups, g))) {
            return Role.ADMIN;
        }
        if (groups.stream().anyMatch(g -> matches(expertGroups, g))) {
            return Role.EXPERT;
        }
        return Role.CLIENT;
    }

    /** The groups in an ID token's claims: a list, one string, or a comma-separated string. */
    public List<String> groupsIn(Map<String, Object> claims) {
        Object value = claims.get(groupsClaim);
        if (value instanceof Collection<?> many) {
            return many.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        if (value instanceof String one && !one.isBlank()) {
            return List.of(one.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }

    private static boolean matches(Set<String> configured, String group) {
        return configured.contains(group) || (group.startsWith("/") && configured.contains(group.substring(1)));
    }
}
