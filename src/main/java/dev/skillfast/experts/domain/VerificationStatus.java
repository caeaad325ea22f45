package dev.skillfast.experts.domain;

/** An administrator's review of a profile: only VERIFIED profiles are public. */
public enum VerificationStatus {
    PENDING, VERIFIED, REJECTED
}
