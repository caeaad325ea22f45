package dev.skillfast.accounts.domain;

import java.time.Instant;

/**
 * A single sign-on under way: what the provider's answer is checked against.
 *
 * @param browserHash the hash of the secret in the browser's attempt cookie: the answer must come back to
 *                    the browser that started the sign-in (no one else's code signs you in)
 * @param returnTo    the web app path to go to afterwards
 */
public record SsoAttempt(String nonce, String codeVerifier, String browserHash, String returnTo, Instant expiresAt) {
}
