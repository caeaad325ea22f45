import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { LanguageService } from '../../../core/i18n/language.service';
import { PageOf } from '../../../core/http/paging';
import { FakeList, pageOf } from '../../../testing/fake-list';
import { byTestId, createHost, textOf } from '../../../testing/test-helpers';
import { Loaded, LoadingTemplate } from './load-templates';
import { LoadView } from './load-view';

@Component({
  imports: [LoadView, Loaded, LoadingTemplate],
  template: `
    <app-load-view testId="things" texts="wallet" [inset]="inset()">
      <ng-template [appLoaded]="data" let-value>
        <p data-testid="things-list">{{ value.items.join(', ') }}</p>
      </ng-template>
    </app-load-view>

    <app-load-view testId="profile" errorTestId="profile-load-error" texts="profile">
      <ng-template [appLoaded]="other" let-value>
        <p data-testid="other">{{ value.total }}</p>
      </ng-template>
      <ng-template appLoading><p data-testid="skeleton">…</p></ng-template>
    </app-load-view>
  `,
})
class Host {
  readonly data = new FakeList<PageOf<string>>();
  readonly other = new FakeList<PageOf<string>>();
  readonly inset = signal(false);
}

describe('LoadView', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;

  const stable = () => fixture.whenStable();
  const names = () => textOf(fixture, 'things-list');

  beforeEach(async () => {
    fixture = await createHost(Host);
    host = fixture.componentInstance;
  });

  it('shows a loading box, in a card unless inset, until the first answer', async () => {
    const box = byTestId(fixture, 'things-loading')!;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.textContent?.trim()).toBe('Loading your transactions…');
    expect(box.parentElement?.classList).toContain('card');
    expect(byTestId(fixture, 'things-list')).toBeNull();

    host.inset.set(true);
    await stable();
    expect(byTestId(fixture, 'things-loading')!.parentElement?.classList).not.toContain('card');
  });

  it('shows the result through the template, kept while the next one loads', async () => {
    host.data.answer(pageOf(['Ana', 'Bob']));
    await stable();
    expect(byTestId(fixture, 'things-loading')).toBeNull();
    expect(names()).toBe('Ana, Bob');

    host.data.loading.set(true);
    await stable();
    expect(names()).toBe('Ana, Bob');
  });

  it('shows the error instead of the result, with a retry that reloads', async () => {
    host.data.answer(pageOf(['Ana']));
    host.data.fail({ key: 'errors.server', status: 500 });
    await stable();
    const alert = byTestId(fixture, 'things-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Could not load your transactions');
    expect(alert.textContent).toContain('The server had a problem. Please try again later.');
    expect(byTestId(fixture, 'things-list')).toBeNull();

    const retry = byTestId<HTMLButtonElement>(fixture, 'things-retry')!;
    expect(retry.textContent?.trim()).toBe('Retry');
    retry.click();
    await stable();
    expect(host.data.reloads).toBe(1);
    expect(byTestId(fixture, 'things-error')).toBeNull();
    expect(names()).toBe('Ana');
  });

  it("prefers the server's text, and disables the retry while loading", async () => {
    host.data.fail({ key: 'errors.server', status: 503, text: 'Ledger offline.' });
    host.data.loading.set(true);
    await stable();
    expect(textOf(fixture, 'things-error')).toContain('Ledger offline.');
    expect(textOf(fixture, 'things-error')).not.toContain('The server had a problem');
    expect(byTestId<HTMLButtonElement>(fixture, 'things-retry')!.disabled).toBe(true);
  });

  it('takes its own loading template and error test id', async () => {
    expect(byTestId(fixture, 'skeleton')).not.toBeNull();
    expect(byTestId(fixture, 'profile-loading')).toBeNull();

    host.other.fail({ key: 'errors.network', status: 0 });
    await stable();
    expect(textOf(fixture, 'profile-load-error')).toContain('Could not load your profile');
    expect(byTestId(fixture, 'profile-retry')).not.toBeNull();
  });

  it('speaks Spanish too', async () => {
    TestBed.inject(LanguageService).use('es');
    host.data.fail({ key: 'errors.network', status: 0 });
    await stable();
    expect(textOf(fixture, 'things-error')).toContain('No se han podido cargar tus movimientos');
    expect(textOf(fixture, 'things-retry')).toBe('Reintentar');
  });
});
