package dev.skillfast.costcentres.domain;

/**
 * A person who may charge a cost centre.
 *
 * @param source ADMIN (assigned by an administrator) or SSO (from the identity provider's claim at sign-in)
 */
public record Member(String code, String userId, Source source) {

    /** Where a membership comes from. */
    public enum Source {
        ADMIN, SSO
    }
}
