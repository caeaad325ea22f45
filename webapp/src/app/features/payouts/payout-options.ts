import { PayoutAccount, PayoutMethod } from '../../core/payments/payments.model';

/** One way of being paid offered in the form, and why it cannot be used yet (a key), if so. */
export interface MethodOption {
  readonly method: PayoutMethod;
  readonly blockedKey: string | null;
}

/** The offered methods, each with what still stands in its way (onboarding, a PayPal e-mail). */
export function methodOptions(account: PayoutAccount): MethodOption[] {
  return account.methods.map((method) => ({ method, blockedKey: blockerOf(account, method) }));
}

function blockerOf(account: PayoutAccount, method: PayoutMethod): string | null {
  switch (method) {
    case 'STRIPE':
      return account.stripe?.onboarding === 'COMPLETE' && account.stripe.payoutsEnabled
        ? null
        : 'payouts.request.needsStripe';
    case 'PAYPAL':
      return account.paypalEmail ? null : 'payouts.request.needsPaypal';
    default:
      return null;
  }
}

/** The method to start with: the preferred one when usable, else the first usable one. */
export function defaultMethod(options: readonly MethodOption[], preferred: PayoutMethod | null) {
  const usable = options.filter((o) => o.blockedKey === null);
  return (usable.find((o) => o.method === preferred) ?? usable[0])?.method ?? '';
}

/** What is available in `currency` (0 when none). */
export function availableIn(account: PayoutAccount, currency: string): number {
  return account.available.find((a) => a.currency === currency)?.amount ?? 0;
}
