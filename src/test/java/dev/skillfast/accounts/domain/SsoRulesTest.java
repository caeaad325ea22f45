package dev.skillfast.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Role mapping from the provider's groups, and where a sign-in may send the browser back. */
class SsoRulesTest {

    private final SsoRoles roles = new SsoRoles("groups", Set.of("desk-admins"), Set.of("desk-experts", "consultants"));

    @Test
    void adminGroupWinsThenExpertGroupElseClient() {
        assertThat(roles.roleFor(List.of("staff", "desk-experts", "desk-admins"))).isEqualTo(Role.ADMIN);
        assertThat(roles.roleFor(List.of("consultants"))).isEqualTo(Role.EXPERT);
        assertThat(roles.roleFor(List.of("staff"))).isEqualTo(Role.CLIENT);
        assertThat(roles.roleFor(List.of())).isEqualTo(Role.CLIENT);
    }

    @Test
    void keycloakFullGroupPathsMatchTheirNames() {
        assertThat(roles.roleFor(List.of("/desk-admins"))).isEqualTo(Role.ADMIN);
    }

    @Test
    void groupsAreReadFromAListOneStringOrACommaSeparatedString() {
        assertThat(roles.groupsIn(Map.of("groups", List.of("a", "b")))).containsExactly("a", "b");
        assertThat(roles.groupsIn(Map.of("groups", "a, b"))).containsExactly("a", "b");
        assertThat(roles.groupsIn(Map.of("roles", List.of("a")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/experts?q=java", "/sessions/42", "/wallet#top"})
    void appPathsAreKept(String path) {
        assertThat(ReturnPaths.safe(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "https://evil.example/", "evil", "/api/auth/logout",
            "/a b", "javascript:alert(1)", "/\tx"})
    void anythingElseBecomesTheHomePage(String path) {
        assertThat(ReturnPaths.safe(path)).isEqualTo("/");
    }

    @Test
    void noPathAtAllIsTheHomePage() {
        assertThat(ReturnPaths.safe(null)).isEqualTo("/");
    }
}
