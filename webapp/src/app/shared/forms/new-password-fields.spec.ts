import { HttpErrorResponse } from '@angular/common/http';
import { Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';

import { byTestId, createHost, textOf } from '../../testing/test-helpers';
import { FormFeedback } from './form-feedback';
import { matchingPasswords } from './form-messages';
import { NEW_PASSWORD_VALIDATORS, NewPasswordFields } from './new-password-fields';

@Component({
  imports: [NewPasswordFields],
  template: `
    <app-new-password-fields
      newId="np-new"
      confirmId="np-confirm"
      field="newPassword"
      [password]="form.controls.newPassword"
      [confirm]="form.controls.confirmPassword"
      [feedback]="feedback"
      (edited)="edits.push($event)"
    />
  `,
})
class Host {
  readonly form = inject(NonNullableFormBuilder).group(
    {
      newPassword: ['', NEW_PASSWORD_VALIDATORS],
      confirmPassword: ['', Validators.required],
    },
    { validators: matchingPasswords('newPassword', 'confirmPassword') },
  );
  readonly feedback = new FormFeedback();
  readonly edits: string[] = [];
}

describe('NewPasswordFields', () => {
  function type(input: HTMLInputElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('labels both inputs, ties the hint to the new one, uses the ids as test ids', async () => {
    const fixture = await createHost(Host);
    const root = fixture.nativeElement as HTMLElement;
    const next = byTestId<HTMLInputElement>(fixture, 'np-new')!;
    const confirm = byTestId<HTMLInputElement>(fixture, 'np-confirm')!;

    expect(next.id).toBe('np-new');
    expect(confirm.id).toBe('np-confirm');
    expect(root.querySelector('label[for="np-new"]')?.textContent?.trim()).toBe('New password');
    expect(root.querySelector('label[for="np-confirm"]')?.textContent?.trim()).toBe(
      'Repeat the new password',
    );
    for (const input of [next, confirm]) {
      expect(input.type).toBe('password');
      expect(input.autocomplete).toBe('new-password');
      expect(input.required).toBe(true);
      expect(input.getAttribute('aria-invalid')).toBe('false');
    }
    expect(next.getAttribute('aria-describedby')).toBe('np-new-hint');
    expect(root.querySelector('#np-new-hint')?.textContent?.trim()).toBe(
      'Between 10 and 128 characters.',
    );
    expect(confirm.hasAttribute('aria-describedby')).toBe(false);
  });

  it('checks the length and the confirmation once submitted', async () => {
    const fixture = await createHost(Host);
    const next = byTestId<HTMLInputElement>(fixture, 'np-new')!;
    type(next, 'short');
    type(byTestId<HTMLInputElement>(fixture, 'np-confirm')!, 'other');
    fixture.componentInstance.feedback.begin();
    await fixture.whenStable();

    expect(textOf(fixture, 'field-error-newPassword')).toBe('Use between 10 and 128 characters.');
    expect(textOf(fixture, 'field-error-confirmPassword')).toBe('The passwords do not match.');
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(next.getAttribute('aria-describedby')).toBe('np-new-error np-new-hint');
    expect(fixture.componentInstance.form.controls.newPassword.value).toBe('short');
  });

  it("shows the server's error until the field is edited, and says what was edited", async () => {
    const fixture = await createHost(Host);
    const host = fixture.componentInstance;
    host.feedback.fail(
      new HttpErrorResponse({
        status: 400,
        error: { detail: 'Not valid.', errors: [{ field: 'newPassword', message: 'Too common.' }] },
      }),
    );
    await fixture.whenStable();
    expect(textOf(fixture, 'field-error-newPassword')).toBe('Too common.');

    type(byTestId<HTMLInputElement>(fixture, 'np-new')!, 'passwordpassword2');
    type(byTestId<HTMLInputElement>(fixture, 'np-confirm')!, 'passwordpassword2');
    await fixture.whenStable();
    expect(byTestId(fixture, 'field-error-newPassword')).toBeNull();
    expect(host.feedback.serverErrors()).toEqual({});
    expect(host.edits).toEqual(['newPassword', 'confirmPassword']);
  });
});
