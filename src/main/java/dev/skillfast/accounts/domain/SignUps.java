package dev.skillfast.accounts.domain;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.store.SignUpCounts;

/** How many accounts were created, per UTC day and role (the administrators' dashboard). */
@ApplicationScoped
public class SignUps {

    /** Accounts of {@code role} created on {@code day} (yyyy-MM-dd). */
    public record Day(String day, Role role, long count) {
    }

    @Inject
    SignUpCounts counts;

    /** From {@code from} (inclusive) to {@code to} (exclusive); days without any are left out. */
    public List<Day> perDay(Instant from, Instant to) {
        return counts.perDay(from, to);
    }
}
