package dev.skillfast.accounts.domain;

/**
 * Fired (CDI event) after an account's name, role or suspension changed, so features that keep a copy
 * (an expert's public profile) follow.
 */
public record AccountChanged(String userId, String displayName, Role role, boolean suspended) {

    public static AccountChanged of(User user) {
        return new AccountChanged(user.id(), user.displayName(), user.role(), user.suspended());
    }
}
