package dev.skillfast.accounts.domain;

import java.util.Map;

/**
 * Someone signed in through single sign-on, with the claims of their validated ID token, for features that
 * take something else from the provider (cost centre membership). Fired synchronously before the sign-in
 * answers; an observer's failure must not fail the sign-in.
 */
public record SsoSignedIn(String userId, Map<String, Object> claims) {
}
