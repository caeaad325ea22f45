import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import { EXPERT_LIMITS } from '../../../core/experts/expert.model';
import { parseMajorToMinor } from '../../../core/experts/money';

/** Arrays with `min`–`max` items (`count` error otherwise). */
export function itemCount(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const length = Array.isArray(control.value) ? control.value.length : 0;
    return length < min || length > max ? { count: { min, max, actual: length } } : null;
  };
}

/**
 * A price per minute typed in major units of `currency()`: `rateFormat` when it is not an amount
 * with at most the currency's decimals, `rateRange` outside 1–1,000,000 minor units. Empty passes
 * (pair with `Validators.required`).
 */
export function rateValidator(currency: () => string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    if (text === '') {
      return null;
    }
    const minor = parseMajorToMinor(text, currency());
    if (minor === null) {
      return { rateFormat: true };
    }
    return minor < EXPERT_LIMITS.rateMin || minor > EXPERT_LIMITS.rateMax
      ? { rateRange: true }
      : null;
  };
}

/** For a group of booleans: at least one must be true (`noneChecked` error otherwise). */
export const atLeastOneChecked: ValidatorFn = (group: AbstractControl) => {
  const value = group.value as Record<string, unknown> | null;
  return value && Object.values(value).some((v) => v === true) ? null : { noneChecked: true };
};

/** Whole numbers only. */
export const wholeNumber: ValidatorFn = (control: AbstractControl) => {
  const value = control.value as unknown;
  return value === null || value === '' || Number.isInteger(Number(value))
    ? null
    : { wholeNumber: true };
};
