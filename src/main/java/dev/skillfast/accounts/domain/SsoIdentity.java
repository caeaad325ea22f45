package dev.skillfast.accounts.domain;

import java.util.List;

/**
 * Who the provider vouched for, from a validated ID token.
 *
 * @param key           "issuer subject": the link between the provider's user and a SkillFast account
 * @param emailVerified false only when the provider says the e-mail is not verified
 */
public record SsoIdentity(String key, String email, boolean emailVerified, String name, List<String> groups,
                          String language) {
}
