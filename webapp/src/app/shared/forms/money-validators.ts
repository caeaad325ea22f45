import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import { parseMajorToMinor } from '../../core/experts/money';

/**
 * An amount typed in major units of `currency()` ("25.00", "25,5"), converted exactly (no floating
 * point) by `parseMajorToMinor`: `amountFormat` when it is not a plain amount with at most the
 * currency's decimals, `amountPositive` when it is zero. Empty passes (pair with
 * `Validators.required`).
 */
export function positiveAmount(currency: () => string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    if (text === '') {
      return null;
    }
    const minor = parseMajorToMinor(text, currency());
    if (minor === null) {
      return { amountFormat: true };
    }
    return minor > 0 ? null : { amountPositive: true };
  };
}
