package dev.skillfast.platform.errors;

/** The caller's balance lacks {@code missingAmount} minor units of {@code currency} for what they asked. */
public final class PaymentRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final long missingAmount;
    private final String currency;

    public PaymentRequiredException(String detail, long missingAmount, String currency) {
        super(detail);
        this.missingAmount = missingAmount;
        this.currency = currency;
    }

    public long missingAmount() {
        return missingAmount;
    }

    public String currency() {
        return currency;
    }
}
