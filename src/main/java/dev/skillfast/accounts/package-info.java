/**
 * Accounts, sign-in and roles: registration, login with RS256 access tokens and rotating refresh
 * tokens, single sign-on with OpenID Connect, password reset, profile and password, administration of
 * users, the first administrator.
 *
 * <p>Design notes. Access tokens live 15 minutes and are verified by MicroProfile JWT; the signing key
 * is configured (PEM) or generated once and kept in MongoDB. Refresh tokens are opaque 256-bit values
 * stored only as SHA-256 hashes, grouped in families (one per sign-in); each use rotates the token by a
 * conditional update, so of two concurrent uses one wins, and a token used twice revokes its family.
 * Passwords use Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations). Consecutive failed logins
 * lock an account for a doubling while (30 s to 15 min); waiting always lifts it. A suspended account's
 * refresh tokens are revoked at once and its access tokens refused within the status cache lifetime.
 * Expired tokens are removed by an hourly job, since the embedded store never expires TTL indexes.
 * Refusals are the {@code platform.errors} exceptions: wrong credentials and ended sign-ins are
 * unauthorized, a locked account is too many requests (with when to retry), a suspended one forbidden, a
 * taken e-mail a conflict.
 *
 * <p>Single sign-on ({@code SsoSignIns}) is a relying party on the Nimbus SDK ({@code OidcClient}):
 * Jakarta Security's OpenID Connect mechanism was not used because it becomes the application's one
 * authentication mechanism (the API authenticates with MicroProfile JWT bearer tokens) and has no PKCE;
 * Liberty's OIDC client feature would tie the WAR to Liberty. After the provider's answer, the same access
 * and refresh tokens as a password sign-in are issued, so nothing downstream knows the difference. An
 * attempt is stored (cluster-wide) under its state's hash and taken once; a cookie ties it to the browser
 * that started it (no signing someone in with an attacker's code). Accounts are linked by "issuer subject"
 * ({@code ssoKey}, unique sparse index) and brought in step at each sign-in ({@code SsoAccounts}).
 * Password reset links ({@code PasswordResets}) are single-use, stored as hashes, consumed by one
 * conditional update; mailed only to a configured public address, never one built from a Host header.
 * Owned here: collections {@code users}, {@code refresh_tokens}, {@code refresh_families},
 * {@code signing_keys}, {@code password_resets} and {@code sso_attempts}.
 */
package dev.skillfast.accounts;
