import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import {
  ERROR_KEYS,
  fieldErrorsOf,
  retryAfterSeconds,
  toUserMessage,
} from '../../core/http/problem';

/**
 * Something to tell the user: server text (already localized) wins, otherwise the translation
 * of `key` with `params`. Templates: `{{ m.text ?? (m.key | translate: m.params) }}`.
 */
export interface FormMessage {
  text?: string;
  key: string;
  params?: Record<string, unknown>;
}

/** What a failed submit means for a form: a message at the top and per-field messages. */
export interface FormFailure {
  alert: FormMessage;
  fields: Record<string, string>;
  status: number;
}

/**
 * Turns a failed request into form feedback: problem `errors[]` go next to their fields, the
 * problem detail goes on top, and a 429 with Retry-After says how long to wait.
 */
export function toFormFailure(error: unknown): FormFailure {
  const message = toUserMessage(error);
  const fields = fieldErrorsOf(error);
  const wait = message.status === 429 ? retryAfterSeconds(error) : undefined;
  const alert: FormMessage =
    wait !== undefined
      ? { key: 'form.tooManyAttempts', params: { seconds: wait } }
      : message.text !== undefined
        ? { text: message.text, key: message.key }
        : { key: Object.keys(fields).length > 0 ? 'form.errorSummary' : message.key };
  return { alert, fields, status: message.status };
}

/** Lengths used in client-side messages. */
export interface LengthRule {
  key: string;
  params: Record<string, unknown>;
}

/** The client-side validation message for a control, or null when valid. */
export function validationMessage(
  errors: ValidationErrors | null,
  length?: LengthRule,
): FormMessage | null {
  if (!errors) {
    return null;
  }
  if (errors['required']) {
    return { key: 'form.required' };
  }
  if (errors['email']) {
    return { key: 'form.email' };
  }
  if ((errors['minlength'] || errors['maxlength'] || errors['blank']) && length) {
    return { key: length.key, params: length.params };
  }
  if (errors['mismatch']) {
    return { key: 'form.passwordMismatch' };
  }
  return { key: ERROR_KEYS.badRequest };
}

/** Fails for values that are only whitespace (the server trims display names). */
export const notBlank: ValidatorFn = (control: AbstractControl) =>
  typeof control.value === 'string' && control.value !== '' && control.value.trim() === ''
    ? { blank: true }
    : null;

/** Validator for a form group: `confirmName` must equal `passwordName`. Sets `mismatch` on confirm. */
export function matchingPasswords(passwordName: string, confirmName: string): ValidatorFn {
  return (group: AbstractControl) => {
    const password = group.get(passwordName);
    const confirm = group.get(confirmName);
    if (!password || !confirm) {
      return null;
    }
    const others = { ...(confirm.errors ?? {}) };
    delete others['mismatch'];
    const mismatch = confirm.value !== '' && confirm.value !== password.value;
    const next = mismatch ? { ...others, mismatch: true } : others;
    confirm.setErrors(Object.keys(next).length > 0 ? next : null);
    return null;
  };
}

/** Moves focus to the first invalid control of a form element (after a rejected submit). */
export function focusFirstInvalid(form: HTMLElement): void {
  form
    .querySelector<HTMLElement>('[aria-invalid="true"], .ng-invalid:not(form):not(fieldset)')
    ?.focus();
}
