import { Component, signal } from '@angular/core';

import { byTestId, createHost, textOf } from '../../../testing/test-helpers';
import { LoadFailure } from './load-failure';

@Component({
  imports: [LoadFailure],
  template: `
    <app-load-failure
      testId="thing-error"
      retryTestId="thing-retry"
      titleKey="experts.page.errorTitle"
      [error]="{ key: 'errors.network' }"
      [busy]="busy()"
      (retry)="retries = retries + 1"
    />
  `,
})
class Host {
  readonly busy = signal(false);
  retries = 0;
}

describe('LoadFailure', () => {
  it('says what could not be loaded and why, as an alert, and retries on demand', async () => {
    const fixture = await createHost(Host);

    expect(byTestId(fixture, 'thing-error')?.getAttribute('role')).toBe('alert');
    expect(textOf(fixture, 'thing-error')).toContain('Could not load this expert');
    expect(textOf(fixture, 'thing-error')).toContain('The server could not be reached.');
    byTestId<HTMLButtonElement>(fixture, 'thing-retry')!.click();
    expect(fixture.componentInstance.retries).toBe(1);

    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    expect(byTestId<HTMLButtonElement>(fixture, 'thing-retry')!.disabled).toBe(true);
  });
});
