package dev.skillfast.billing.domain;

/** One leg of a journal entry: {@code amount} minor units onto {@code account} (negative: taken off). */
public record Posting(String account, long amount) {
}
