package dev.skillfast.accounts.domain;

import java.util.List;

/** One page of accounts found by an administrator's search, and how many there are in all. */
public record UserPage(List<User> items, long total) {
}
