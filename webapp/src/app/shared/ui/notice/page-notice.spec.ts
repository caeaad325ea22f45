import { Component, signal } from '@angular/core';

import { byTestId, createHost, textOf } from '../../../testing/test-helpers';
import { NoticeTone, PageNotice } from './page-notice';

@Component({
  imports: [PageNotice],
  template: `
    @if (shown()) {
      <app-page-notice
        testId="saved"
        dismissLabel="Dismiss"
        [tone]="tone()"
        (dismissed)="shown.set(false)"
        >Saved.</app-page-notice
      >
    }
  `,
})
class Host {
  readonly shown = signal(true);
  readonly tone = signal<NoticeTone>('success');
}

describe('PageNotice', () => {
  it('is a status when it reports success, an alert when it reports a failure', async () => {
    const fixture = await createHost(Host);
    const box = () => byTestId(fixture, 'saved')!;

    expect(textOf(fixture, 'saved')).toBe('Saved.');
    expect(box().getAttribute('role')).toBe('status');
    expect(box().classList).toContain('alert--success');

    fixture.componentInstance.tone.set('danger');
    await fixture.whenStable();
    expect(box().getAttribute('role')).toBe('alert');
    expect(box().classList).toContain('alert--danger');
  });

  it('goes when its close button (named for screen readers) is pressed', async () => {
    const fixture = await createHost(Host);
    const close = byTestId(fixture, 'saved')!.querySelector<HTMLButtonElement>('.notice__close')!;

    expect(close.getAttribute('aria-label')).toBe('Dismiss');
    close.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'saved')).toBeNull();
  });
});
