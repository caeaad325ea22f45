import { signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';

import {
  FormFailure,
  FormMessage,
  LengthRule,
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

  /** Call at the start of every submit attempt. */
  begin(): void {
    this.submittedOnce.set(true);
    this.alert.set(null);
    this.serverFields.set({});
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
