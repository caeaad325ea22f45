package dev.skillfast.payments.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.skillfast.platform.errors.InvalidInputException;

/** The providers this installation has configured: payment gateways, payout gateways, Stripe Connect. */
@ApplicationScoped
public class Gateways {

    @Inject
    @Any
    Instance<PaymentGateway> payments;

    @Inject
    @Any
    Instance<PayoutGateway> payouts;

    @Inject
    @Any
    Instance<ConnectOnboarding> connect;

    /** The configured payment providers, in the order of {@link Provider}. */
    public List<PaymentGateway> configured() {
        return payments.stream().filter(PaymentGateway::configured)
                .sorted(Comparator.comparing(PaymentGateway::provider)).toList();
    }

    public Optional<PaymentGateway> find(Provider provider) {
        return configured().stream().filter(g -> g.provider() == provider).findFirst();
    }

    /** The gateway for a new top-up: 400 naming {@code provider} when it is not configured here. */
    public PaymentGateway require(Provider provider) {
        return find(provider).orElseThrow(() -> new InvalidInputException("provider",
                "is not available here; choose one of " + configured().stream().map(g -> g.provider().name()).toList()));
    }

    public Optional<PayoutGateway> payouts(PayoutMethod method) {
        return payouts.stream().filter(g -> g.method() == method && g.configured()).findFirst();
    }

    public Optional<ConnectOnboarding> connect() {
        return connect.stream().filter(ConnectOnboarding::configured).findFirst();
    }
}
