import { signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';

import {
  FormFailure,
  FormMessage,
  LengthRule,
  focusFirstInvalid,
  toFormFailure,
  validationMessage,
} from './form-messages';

/**
 * Submit state of one form as signals: sending flag, the message on top, and per-field
 * messages that combine server field errors with client-side validation.
 */
export class FormFeedback {
  private readonly submittedOnce = signal(false);
  private readonly serverFields = signal<Record<string, string>>({});

  readonly sending = signal(false);
  /** Message shown above the form (problem detail, 429 wait time, …). */
  readonly alert = signal<FormMessage | null>(null);
  readonly submitted = this.submittedOnce.asReadonly();
  /** The server's field errors of the last attempt (API field name → message). */
  readonly serverErrors = this.serverFields.asReadonly();

  /** Call at the start of every submit attempt. */
  begin(): void {
    this.submittedOnce.set(true);
    this.alert.set(null);
    this.serverFields.set({});
  }

  /**
   * Starts a submit attempt: true when the request may go (`sending` is then set); false when
   * the form is invalid, after marking every field touched and moving focus to the first
   * invalid control of `element` (read once the view has updated).
   */
  start(form: AbstractControl, element: () => HTMLElement | undefined): boolean {
    this.begin();
    if (form.invalid) {
      form.markAllAsTouched();
      setTimeout(() => {
        const el = element();
        if (el) {
          focusFirstInvalid(el);
        }
      });
      return false;
    }
    this.sending.set(true);
    return true;
  }

  /** After a successful request: not sending any more, and all messages forgotten. */
  succeed(): void {
    this.sending.set(false);
    this.reset();
  }

  /** Shows a failed request's feedback. */
  fail(error: unknown): FormFailure {
    const failure = toFormFailure(error);
    this.alert.set(failure.alert);
    this.serverFields.set(failure.fields);
    this.sending.set(false);
    return failure;
  }

  /** Forgets the server's error for a field once the user edits it. */
  edited(field: string): void {
    if (field in this.serverFields()) {
      this.serverFields.update(({ [field]: _removed, ...rest }) => rest);
    }
  }

  /** Forgets everything (e.g. after a successful save). */
  reset(): void {
    this.submittedOnce.set(false);
    this.serverFields.set({});
    this.alert.set(null);
  }

  /**
   * The message under an amount typed in major units: the server's or "required" first, then the
   * message of the first of `known` (validator error → message) the control has, else `notAnAmount`.
   */
  amountMessage(
    field: string,
    control: AbstractControl,
    known: Record<string, FormMessage>,
    notAnAmount: FormMessage,
  ): FormMessage | null {
    const base = this.message(field, control);
    if (!base || base.text !== undefined || control.errors?.['required']) {
      return base;
    }
    const error = Object.keys(known).find((name) => control.errors?.[name]);
    return error === undefined ? notAnAmount : known[error];
  }

  /**
   * The message under a required text of at most `max` characters: only spaces count as missing
   * (`notBlank`), a longer one says the limit.
   */
  requiredTextMessage(field: string, control: AbstractControl, max: number): FormMessage | null {
    const message = this.message(field, control, { key: 'form.maxLength', params: { max } });
    return message && message.text === undefined && control.errors?.['blank']
      ? { key: 'form.required' }
      : message;
  }

  /** The server's error for a field without a control of its own (e.g. a fixed currency). */
  serverMessage(field: string): FormMessage | null {
    const text = this.serverFields()[field];
    return text === undefined ? null : { text, key: 'errors.badRequest' };
  }

  /** The message to show under `field`: the server's first, else client-side validation. */
  message(field: string, control: AbstractControl, length?: LengthRule): FormMessage | null {
    const server = this.serverFields()[field];
    if (server !== undefined) {
      return { text: server, key: 'errors.badRequest' };
    }
    if (control.invalid && (control.touched || this.submittedOnce())) {
      return validationMessage(control.errors, length);
    }
    return null;
  }
}
