package dev.skillfast.payments.paypal;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * PayPal's webhook certificates by URL: a few (least recently used dropped first), each kept for a while, so
 * a burst of webhooks fetches a certificate once; callers asking while it is being fetched wait for that
 * one fetch. A failed fetch is not kept.
 */
final class CertificateCache {

    private final int capacity;
    private final Duration lifetime;
    private final Clock clock;
    private final Function<URI, X509Certificate> fetch;
    private final Map<URI, Entry> entries;

    CertificateCache(int capacity, Duration lifetime, Clock clock, Function<URI, X509Certificate> fetch) {
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.clock = clock;
        this.fetch = fetch;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Entry> eldest) {
                return size() > CertificateCache.this.capacity;
            }
        };
    }

    /** The certificate at {@code url}, fetched unless a fresh copy is here; rethrows the fetch's failure. */
    X509Certificate get(URI url) {
        Entry entry;
        boolean fetchHere = false;
        synchronized (entries) {
            entry = entries.get(url);
            Instant now = clock.instant();
            if (entry == null || !now.isBefore(entry.fetchedAt().plus(lifetime))) {
                entry = new Entry(new CompletableFuture<>(), now);
                entries.put(url, entry);
                fetchHere = true;
            }
        }
        if (fetchHere) {
            try {
                entry.certificate().complete(fetch.apply(url));
            } catch (RuntimeException e) {
                synchronized (entries) {
                    entries.remove(url, entry);
                }
                entry.certificate().completeExceptionally(e);
            }
        }
        try {
            return entry.certificate().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private record Entry(CompletableFuture<X509Certificate> certificate, Instant fetchedAt) {
    }
}
