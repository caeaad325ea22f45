package dev.skillfast.payments.domain;

/** Which top-ups to list; a null member does not filter. */
public record TopupFilter(String userId, TopupStatus status, Provider provider, Boolean flagged) {

    public static TopupFilter ofUser(String userId) {
        return new TopupFilter(userId, null, null, null);
    }
}
