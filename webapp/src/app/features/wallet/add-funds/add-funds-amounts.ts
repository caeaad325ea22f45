import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import { currencyDigits, parseMajorToMinor } from '../../../core/experts/money';
import { PaymentProvider } from '../../../core/payments/payments.model';

/** The amounts offered with one click, in whole units of the currency (10 € … 100 €). */
export const PRESET_UNITS: readonly number[] = [10, 20, 50, 100];

/** The limits of one provider for a top-up. */
export type AmountLimits = Pick<PaymentProvider, 'minAmount' | 'maxAmount'>;

/** The providers that take `currency`, in the order the server lists them. */
export function providersFor(providers: readonly PaymentProvider[], currency: string) {
  return providers.filter((p) => p.currencies.includes(currency));
}

/** The preset amounts (minor units) within `limits`: whole units times 10^digits, exactly. */
export function presetAmounts(limits: AmountLimits, currency: string): number[] {
  const unit = 10 ** currencyDigits(currency);
  return PRESET_UNITS.map((units) => units * unit).filter(
    (minor) => minor >= limits.minAmount && minor <= limits.maxAmount,
  );
}

/**
 * The amount to start with: the one asked for (a 402's missing amount) raised to the provider's
 * minimum and capped at its maximum; without one, the smallest preset (else the minimum).
 */
export function startingAmount(
  asked: number | null,
  limits: AmountLimits,
  currency: string,
): number {
  if (asked !== null && asked > 0) {
    return Math.min(Math.max(asked, limits.minAmount), limits.maxAmount);
  }
  return presetAmounts(limits, currency)[0] ?? limits.minAmount;
}

/**
 * The typed amount (major units, "12.50") is within the provider's limits: `amountBelow` or
 * `amountAbove` otherwise. Text that is not an amount is `positiveAmount`'s to report; empty passes.
 */
export function withinLimits(
  limits: () => AmountLimits | null,
  currency: () => string,
): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const minor = parseMajorToMinor(String(control.value ?? ''), currency());
    const range = limits();
    if (minor === null || minor <= 0 || !range) {
      return null;
    }
    if (minor < range.minAmount) {
      return { amountBelow: true };
    }
    return minor > range.maxAmount ? { amountAbove: true } : null;
  };
}

/** A whole number of minor units from a query parameter (`?amount=1250`), else null. */
export function parseMinorParam(value: string | null): number | null {
  const text = (value ?? '').trim();
  return /^\d{1,15}$/.test(text) ? Number(text) : null;
}
