package dev.skillfast.accounts.domain;

/** What a user is to SkillFast; the access token's {@code groups} claim carries it. */
public enum Role {
    CLIENT,
    EXPERT,
    ADMIN;

    /** The roles anyone may choose when registering: never ADMIN. */
    public boolean selfServiceAllowed() {
        return this != ADMIN;
    }
}
