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
