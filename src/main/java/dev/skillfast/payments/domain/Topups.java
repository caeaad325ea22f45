package dev.skillfast.payments.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.payments.store.TopupStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.errors.UnavailableException;

/**
 * A client's top-ups: created once per Idempotency-Key, opened at the provider (its hosted page: no card
 * data ever reaches SkillFast), then settled by the provider's word through {@link PaymentEvents}.
 */
@ApplicationScoped
public class Topups {

    private static final Logger LOG = Logger.getLogger(Topups.class.getName());

    @Inject
    TopupStore store;

    @Inject
    Gateways gateways;

    @Inject
    PaymentEvents events;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    public Topup create(String userId, Provider provider, long amount, String currency, String idempotencyKey,
                        String appUrl) {
        PaymentGateway gateway = gateways.require(provider);
        if (!settings.currencies().contains(currency)) {
            throw new InvalidInputException("currency", "must be one of " + settings.currencies());
        }
        if (amount < settings.topupMin() || amount > settings.topupMax()) {
            throw new InvalidInputException("amount", "must be between " + settings.topupMin() + " and "
                    + settings.topupMax() + " (minor units)");
        }
        Instant now = clock.instant();
        Topup fresh = new Topup(UUID.randomUUID().toString(), userId, provider, amount, currency, TopupStatus.PENDING,
                null, null, null, 0, 0, null, now, now);
        Topup stored = store.insertOrGet(fresh, userId + ':' + idempotencyKey, now.plus(settings.reconcileAfter()));
        if (stored.provider() != provider || stored.amount() != amount || !stored.currency().equals(currency)) {
            throw new ConflictException("This Idempotency-Key was already used for a different top-up.");
        }
        if (stored.redirectUrl() != null || stored.status() != TopupStatus.PENDING) {
            return stored; // a retried request: the page is open already
        }
        return open(gateway, stored, appUrl);
    }

    private Topup open(PaymentGateway gateway, Topup t, String appUrl) {
        try {
            PaymentGateway.Checkout checkout = gateway.open(t, TopupLinks.returnLinks(appUrl, t.id()));
            Topup opened = store.opened(t.id(), checkout.providerRef(), checkout.redirectUrl(), clock.instant()).orElseThrow();
            events.makeDurable();
            return opened;
        } catch (ProviderUnavailableException e) {
            LOG.info(() -> "Top-up " + t.id() + ": " + t.provider() + " unavailable: " + e.getMessage());
            throw new UnavailableException(t.provider() + " cannot be reached just now; try again in a moment "
                    + "(the same Idempotency-Key continues this top-up).");
        }
    }

    /** The caller's own top-up; 404 for anyone else's. */
    public Topup get(String userId, String id) {
        return store.find(id).filter(t -> t.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("No top-up " + id + "."));
    }

    public List<Topup> page(TopupFilter filter, int page, int size) {
        return store.page(filter, page, size);
    }

    public long count(TopupFilter filter) {
        return store.count(filter);
    }

    /** Any top-up, for administrators. */
    public Topup find(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No top-up " + id + "."));
    }

    /** The client came back approved: the provider completes the payment (PayPal's capture). */
    public Topup capture(String userId, String id) {
        Topup t = get(userId, id);
        if (t.status() != TopupStatus.PENDING) {
            return t;
        }
        feed(t, gateway -> gateway.capture(t));
        return get(userId, id);
    }

    /** The client cancelled on the provider's page: closed there if possible, then as the provider says. */
    public Topup cancel(String userId, String id) {
        Topup t = get(userId, id);
        if (t.status() != TopupStatus.PENDING) {
            return t;
        }
        feed(t, gateway -> gateway.cancel(t));
        return get(userId, id);
    }

    private void feed(Topup t, java.util.function.Function<PaymentGateway, List<ProviderEvent>> ask) {
        PaymentGateway gateway = gateways.find(t.provider())
                .orElseThrow(() -> new ConflictException(t.provider() + " is not configured here any more."));
        try {
            ask.apply(gateway).forEach(events::accept);
        } catch (ProviderUnavailableException e) {
            throw new UnavailableException(t.provider() + " cannot be reached just now; try again in a moment.");
        }
    }

    /** An administrator handled a flagged top-up; one still PENDING ends FAILED with the note. */
    public Topup resolve(String adminId, String id, String note) {
        Topup t = find(id);
        if (t.flag() == null) {
            throw new ConflictException("This top-up is not flagged.");
        }
        if (t.status() == TopupStatus.PENDING) {
            store.ended(id, TopupStatus.FAILED, "Resolved by an administrator: " + note, clock.instant());
        }
        store.clearFlag(id, note, adminId, clock.instant());
        return find(id);
    }
}
