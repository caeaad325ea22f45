import { Component, signal } from '@angular/core';

import { byTestId, createHost } from '../../testing/test-helpers';
import { SubmitButton } from './submit-button';

@Component({
  imports: [SubmitButton],
  template: `
    <form (submit)="$event.preventDefault(); submits = submits + 1">
      <button appSubmit data-testid="save" [sending]="sending()" busyLabel="Saving…">Save</button>
    </form>
  `,
})
class Host {
  readonly sending = signal(false);
  submits = 0;
}

describe('SubmitButton', () => {
  it('submits its form with its label while idle', async () => {
    const fixture = await createHost(Host);
    const button = byTestId<HTMLButtonElement>(fixture, 'save')!;

    expect(button.type).toBe('submit');
    expect(button.disabled).toBe(false);
    expect(button.textContent?.trim()).toBe('Save');
    button.click();
    expect(fixture.componentInstance.submits).toBe(1);
  });

  it('shows a spinner and the busy label, and cannot be pressed, while sending', async () => {
    const fixture = await createHost(Host);
    fixture.componentInstance.sending.set(true);
    await fixture.whenStable();
    const button = byTestId<HTMLButtonElement>(fixture, 'save')!;

    expect(button.disabled).toBe(true);
    expect(button.querySelector('.spinner')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.textContent?.trim()).toBe('Saving…');
    button.click();
    expect(fixture.componentInstance.submits).toBe(0);
  });
});
