import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { Role } from '../../../core/auth/auth.model';
import { LanguageService } from '../../../core/i18n/language.service';
import {
  NOTIFICATIONS_API,
  NotificationPreferences,
} from '../../../core/notifications/notifications.model';
import { endAppTest, setUpAppTest, signIn } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { byTestId, textOf } from '../../../testing/test-helpers';
import { NotificationPrefs } from './notification-prefs';

const prefs = (overrides: Partial<NotificationPreferences> = {}): NotificationPreferences => ({
  sessionMissed: true,
  sessionReceipt: false,
  reviewReceived: true,
  payments: true,
  mailEnabled: true,
  ...overrides,
});

describe('Notification preferences (profile)', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<NotificationPrefs>;

  async function start(role: Role): Promise<void> {
    backend = setUpAppTest({ lang: 'en' });
    signIn(backend, { role }, 'tok');
    fixture = TestBed.createComponent(NotificationPrefs);
    await fixture.whenStable();
  }

  afterEach(() => endAppTest(backend));

  const stable = () => fixture.whenStable();
  const box = (name: string) => byTestId<HTMLInputElement>(fixture, `notifications-${name}`);
  /** The checkbox whose label reads `label` (how people and browser tests find it). */
  const byLabel = (label: string) =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('label'))
      .find((l) => l.textContent?.trim() === label)
      ?.querySelector('input');

  async function load(value = prefs()): Promise<void> {
    const req = backend.expectOne(NOTIFICATIONS_API.mine);
    expect(req.request.method).toBe('GET');
    req.flush(value);
    await stable();
  }

  it('shows a loading state, then the four choices of an expert', async () => {
    await start('EXPERT');
    expect(byTestId(fixture, 'notifications-loading')?.getAttribute('role')).toBe('status');
    await load();

    expect(byLabel('Consultation requests I missed')?.checked).toBe(true);
    expect(byLabel('The receipt of each consultation')?.checked).toBe(false);
    expect(byLabel('New reviews of my consultations')?.checked).toBe(true);
    expect(byLabel('Payments: top-ups, refunds and payouts')?.checked).toBe(true);
    expect(box('sessionMissed')!.type).toBe('checkbox');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('fieldset legend')?.textContent?.trim(),
    ).toBe('Send me an e-mail about');
    expect(textOf(fixture, 'notifications-save')).toBe('Save notification preferences');
    expect(byTestId(fixture, 'notifications-mail-disabled')).toBeNull();
  });

  it('shows clients only the receipt and payments, and saves all four (hidden ones as loaded)', async () => {
    await start('CLIENT');
    await load(prefs({ sessionMissed: false, reviewReceived: true }));
    expect(box('sessionMissed')).toBeNull();
    expect(box('reviewReceived')).toBeNull();

    box('sessionReceipt')!.click();
    box('payments')!.click();
    byTestId<HTMLButtonElement>(fixture, 'notifications-save')!.click();
    await stable();

    const req = backend.expectOne(NOTIFICATIONS_API.mine);
    expect(req.request.method).toBe('PUT');
    expect(req.request.headers.get('Authorization')).toBe('Bearer tok');
    expect(req.request.body).toEqual({
      sessionMissed: false,
      sessionReceipt: true,
      reviewReceived: true,
      payments: false,
    });
    expect(byTestId<HTMLButtonElement>(fixture, 'notifications-save')!.disabled).toBe(true);
    req.flush(prefs({ sessionMissed: false, sessionReceipt: true, payments: false }));
    await stable();

    expect(byTestId(fixture, 'notifications-saved')?.getAttribute('role')).toBe('status');
    expect(textOf(fixture, 'notifications-saved')).toBe(
      'Your notification preferences have been saved.',
    );
    expect(box('sessionReceipt')!.checked).toBe(true);
    expect(box('payments')!.checked).toBe(false);

    box('payments')!.click();
    await stable();
    expect(byTestId(fixture, 'notifications-saved')).toBeNull();
  });

  it('says this desk sends no e-mail, and still saves', async () => {
    await start('EXPERT');
    await load(prefs({ mailEnabled: false }));
    expect(textOf(fixture, 'notifications-mail-disabled')).toContain(
      'does not send e-mail at the moment',
    );
    byTestId<HTMLButtonElement>(fixture, 'notifications-save')!.click();
    await stable();
    backend.expectOne(NOTIFICATIONS_API.mine).flush(prefs({ mailEnabled: false }));
    await stable();
    expect(byTestId(fixture, 'notifications-saved')).not.toBeNull();

    TestBed.inject(LanguageService).use('es');
    await stable();
    expect(textOf(fixture, 'notifications-mail-disabled')).toContain('no envía correos');
    expect(textOf(fixture, 'notifications-save')).toBe('Guardar preferencias de avisos');
  });

  it('shows a failed save on top, keeping the choices', async () => {
    await start('EXPERT');
    await load();
    box('sessionMissed')!.click();
    byTestId<HTMLButtonElement>(fixture, 'notifications-save')!.click();
    await stable();
    flushProblem(backend.expectOne(NOTIFICATIONS_API.mine), 503, { detail: 'Try later.' });
    await stable();

    expect(textOf(fixture, 'notifications-error')).toBe('Try later.');
    expect(byTestId(fixture, 'notifications-error')?.getAttribute('role')).toBe('alert');
    expect(byTestId(fixture, 'notifications-saved')).toBeNull();
    expect(box('sessionMissed')!.checked).toBe(false);
    expect(byTestId<HTMLButtonElement>(fixture, 'notifications-save')!.disabled).toBe(false);
  });

  it('shows a load error with a retry', async () => {
    await start('CLIENT');
    backend.expectOne(NOTIFICATIONS_API.mine).error(new ProgressEvent('error'), { status: 0 });
    await stable();
    expect(textOf(fixture, 'notifications-error')).toContain(
      'Could not load your notification preferences',
    );
    byTestId<HTMLButtonElement>(fixture, 'notifications-retry')!.click();
    await stable();
    await load();
    expect(box('payments')!.checked).toBe(true);
  });
});
