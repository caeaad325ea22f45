import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { provideI18n } from '../../core/i18n/provide-i18n';
import { FieldControl, FormField } from './form-field';
import { FormMessage } from './form-messages';
import { PasswordField } from './password-field';

@Component({
  imports: [FormField, FieldControl, PasswordField],
  template: `
    <app-form-field inputId="f-name" field="name" label="Name" [hint]="hint()" [message]="error()">
      <input appFieldControl class="input" data-testid="f-name" />
    </app-form-field>
    <app-form-field inputId="f-secret" field="secret" label="Secret">
      <app-password-field #pw>
        <input appFieldControl class="input" data-testid="f-secret" [type]="pw.type()" />
      </app-password-field>
    </app-form-field>
  `,
})
class Host {
  readonly hint = signal<string | undefined>(undefined);
  readonly error = signal<FormMessage | null>(null);
}

describe('FormField / PasswordField', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18n()] }));

  it('ties label, hint and error to the control', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const input = root.querySelector<HTMLInputElement>('[data-testid="f-name"]')!;

    expect(input.id).toBe('f-name');
    expect(root.querySelector('label[for="f-name"]')?.textContent?.trim()).toBe('Name');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.hasAttribute('aria-describedby')).toBe(false);

    fixture.componentInstance.hint.set('Shown to others');
    await fixture.whenStable();
    expect(input.getAttribute('aria-describedby')).toBe('f-name-hint');
    expect(root.querySelector('#f-name-hint')?.textContent?.trim()).toBe('Shown to others');

    fixture.componentInstance.error.set({ key: 'x', text: 'Too long' });
    await fixture.whenStable();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('f-name-error f-name-hint');
    const error = root.querySelector('[data-testid="field-error-name"]')!;
    expect(error.id).toBe('f-name-error');
    expect(error.textContent?.trim()).toBe('Too long');
  });

  it('shows and hides the password', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const input = root.querySelector<HTMLInputElement>('[data-testid="f-secret"]')!;
    const toggle = root.querySelector<HTMLButtonElement>('.password-field__toggle')!;

    expect(input.type).toBe('password');
    expect(toggle.getAttribute('aria-controls')).toBe('f-secret');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    toggle.click();
    await fixture.whenStable();
    expect(input.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
