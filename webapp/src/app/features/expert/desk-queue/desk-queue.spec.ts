import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { DESK_API, DeskQueueEntry, DeskRequest } from '../../../core/desk/desk.model';
import { EXPERTS_API, ExpertProfile } from '../../../core/experts/expert.model';
import { LanguageService } from '../../../core/i18n/language.service';
import { CLOCK } from '../../../core/time/clock';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testCategory, testProfile } from '../../../testing/expert-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import DeskQueue from './desk-queue';

const NOW = Date.parse('2026-03-01T10:05:30Z');

function waitingRequest(overrides: Partial<DeskRequest> = {}): DeskRequest {
  return {
    id: 'd-1',
    category: 'tax',
    channel: 'CHAT',
    description: 'My VAT return was rejected.',
    state: 'WAITING',
    position: 1,
    createdAt: '2026-03-01T10:02:00Z',
    expiresAt: '2026-03-01T10:17:00Z',
    clientName: 'Carla Client',
    ...overrides,
  };
}

function entry(overrides: Partial<DeskQueueEntry> = {}): DeskQueueEntry {
  return {
    id: 'd-2',
    position: 1,
    clientName: 'Diego Díaz',
    channel: 'VIDEO',
    description: 'Invoice question',
    createdAt: '2026-03-01T10:05:00Z',
    expiresAt: '2026-03-01T10:20:00Z',
    ...overrides,
  };
}

describe('Desk queue (expert)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let router: Router;

  beforeEach(async () => {
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'expert/desk', component: DeskQueue },
        { path: 'expert/profile', component: Elsewhere },
        { path: 'sessions/:id', component: Elsewhere },
      ],
      providers: [fake.provider, { provide: CLOCK, useValue: () => NOW }],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'e-1', role: 'EXPERT', displayName: 'Laura Martín' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const section = (slug: string) =>
    el().querySelector<HTMLElement>(
      `[data-testid="desk-queue-category"][data-category="${slug}"]`,
    )!;
  const rows = (slug: string) =>
    Array.from(section(slug).querySelectorAll<HTMLElement>('[data-testid="desk-queue-row"]'));

  function queueRequest(slug: string): TestRequest {
    return backend.expectOne(
      (r) => r.url === DESK_API.queue && r.params.get('category') === slug && r.method === 'GET',
    );
  }

  async function open(profile: ExpertProfile | null = testProfile({ categories: ['tax', 'law'] })) {
    await harness.navigateByUrl('/expert/desk');
    expect(q('desk-queue-profile-loading')).not.toBeNull();
    const me = backend.expectOne(EXPERTS_API.me);
    if (profile) {
      me.flush(profile);
    } else {
      flushProblem(me, 404);
    }
    backend.expectOne(EXPERTS_API.categories).flush({
      items: [testCategory(), testCategory({ slug: 'law', name: { es: 'Derecho', en: 'Law' } })],
      total: 2,
      page: 0,
      size: 50,
    });
    await stable();
  }

  it('lists the waiting requests of each category, "nobody is waiting", and 403 per category', async () => {
    await open(testProfile({ categories: ['tax', 'law', 'design'] }));
    expect(q('desk-queue-loading', section('tax'))).not.toBeNull();

    const tax = queueRequest('tax');
    expect(tax.request.headers.get('Authorization')).toBe('Bearer token-1');
    tax.flush([
      waitingRequest(),
      waitingRequest({
        id: 'd-3',
        position: 2,
        clientName: 'Bruno',
        channel: 'AUDIO',
        createdAt: '2026-03-01T10:05:10Z',
      }),
    ]);
    queueRequest('law').flush([]);
    flushProblem(queueRequest('design'), 403, { detail: 'Only verified experts…' });
    await stable();

    expect(section('tax').querySelector('h2')?.textContent?.trim()).toBe('Tax advice');
    const taxRows = rows('tax');
    expect(taxRows.map((r) => r.dataset['id'])).toEqual(['d-1', 'd-3']);
    expect(text('desk-queue-client', taxRows[0])).toBe('Carla Client');
    expect(text('desk-queue-channel', taxRows[0])).toBe('Chat');
    expect(text('desk-queue-description', taxRows[0])).toBe('My VAT return was rejected.');
    expect(text('desk-queue-since', taxRows[0])).toBe('Waiting for 3 min');
    expect(q('desk-queue-since', taxRows[0])?.getAttribute('datetime')).toBe(
      '2026-03-01T10:02:00Z',
    );
    expect(text('desk-queue-since', taxRows[1])).toBe('Waiting for less than a minute');
    expect(text('desk-queue-channel', taxRows[1])).toBe('Audio call');
    expect(text('desk-queue-count', section('tax'))).toBe('2 waiting');
    expect(q('desk-queue-pick', taxRows[0])?.getAttribute('aria-label')).toBe(
      'Pick request from Carla Client',
    );
    expect(text('desk-queue-pick', taxRows[0])).toBe('Pick');

    expect(text('desk-queue-empty', section('law'))).toContain('Nobody is waiting');
    expect(text('desk-queue-forbidden', section('design'))).toContain(
      'You are not a verified expert of this category',
    );

    TestBed.inject(LanguageService).use('es');
    await stable();
    expect(q('desk-queue-pick', rows('tax')[0])?.getAttribute('aria-label')).toBe(
      'Recoger la solicitud de Carla Client',
    );
    expect(text('desk-queue-empty', section('law'))).toContain('No hay nadie esperando');
  });

  it('renders desk.queue frames of its categories', async () => {
    await open();
    queueRequest('tax').flush([]);
    queueRequest('law').flush([]);
    await stable();
    expect(rows('tax')).toHaveLength(0);

    realtime.emit({
      type: 'desk.queue',
      category: 'tax',
      waiting: [
        entry({ id: 'd-5', position: 2, clientName: 'Eva' }),
        entry({ id: 'd-4', position: 1 }),
      ],
    });
    await stable();
    expect(rows('tax').map((r) => r.dataset['id'])).toEqual(['d-4', 'd-5']);
    expect(text('desk-queue-client', rows('tax')[0])).toBe('Diego Díaz');
    expect(text('desk-queue-channel', rows('tax')[0])).toBe('Video call');
    expect(q('desk-queue-empty', section('tax'))).toBeNull();
    expect(rows('law')).toHaveLength(0);

    realtime.emit({ type: 'desk.queue', category: 'other', waiting: [entry({ id: 'd-9' })] });
    realtime.emit({ type: 'desk.queue', category: 'tax', waiting: [entry({ id: 'd-5' })] });
    await stable();
    expect(rows('tax').map((r) => r.dataset['id'])).toEqual(['d-5']);
    expect(el().querySelector('[data-id="d-9"]')).toBeNull();

    realtime.emit({ type: 'desk.queue', category: 'tax', waiting: [] });
    await stable();
    expect(text('desk-queue-empty', section('tax'))).toContain('Nobody is waiting');
  });

  it('a live frame wins over an answer asked for before it', async () => {
    await open(testProfile({ categories: ['tax'] }));
    const stale = queueRequest('tax');
    realtime.emit({ type: 'desk.queue', category: 'tax', waiting: [entry({ id: 'd-7' })] });
    stale.flush([waitingRequest({ id: 'd-old' })]);
    await stable();
    expect(rows('tax').map((r) => r.dataset['id'])).toEqual(['d-7']);
  });

  it('Pick (201) opens the session room', async () => {
    await open(testProfile({ categories: ['tax'] }));
    queueRequest('tax').flush([waitingRequest()]);
    await stable();

    (q('desk-queue-pick', rows('tax')[0]) as HTMLButtonElement).click();
    await stable();
    const req = backend.expectOne(`${DESK_API.requests}/d-1/pick`);
    expect(req.request.method).toBe('POST');
    expect((q('desk-queue-pick', rows('tax')[0]) as HTMLButtonElement).disabled).toBe(true);
    expect(text('desk-queue-pick', rows('tax')[0])).toBe('Picking…');
    req.flush(
      { requestId: 'd-1', sessionId: 's-42', state: 'ACTIVE' },
      { status: 201, statusText: 'Created' },
    );
    await stable();
    expect(router.url).toBe('/sessions/s-42');
  });

  it('Pick (409) says someone else picked it and reads the queue again', async () => {
    await open(testProfile({ categories: ['tax'] }));
    queueRequest('tax').flush([waitingRequest(), waitingRequest({ id: 'd-3', position: 2 })]);
    await stable();

    (q('desk-queue-pick', rows('tax')[0]) as HTMLButtonElement).click();
    await stable();
    flushProblem(backend.expectOne(`${DESK_API.requests}/d-1/pick`), 409, {
      detail:
        'This request is no longer waiting: another expert picked it first, or its client left.',
    });
    await stable();

    expect(router.url).toBe('/expert/desk');
    expect(text('desk-queue-taken', section('tax'))).toContain('Someone else picked this request');
    expect(q('desk-queue-taken', section('tax'))?.getAttribute('role')).toBe('alert');
    queueRequest('tax').flush([waitingRequest({ id: 'd-3', position: 1 })]);
    await stable();
    expect(rows('tax').map((r) => r.dataset['id'])).toEqual(['d-3']);
    expect((q('desk-queue-pick', rows('tax')[0]) as HTMLButtonElement).disabled).toBe(false);
  });

  it('Pick (402) says the client cannot pay', async () => {
    await open(testProfile({ categories: ['tax'] }));
    queueRequest('tax').flush([waitingRequest()]);
    await stable();

    (q('desk-queue-pick', rows('tax')[0]) as HTMLButtonElement).click();
    await stable();
    flushProblem(backend.expectOne(`${DESK_API.requests}/d-1/pick`), 402, {
      detail: 'The client’s wallet does not cover the start.',
    });
    await stable();
    expect(text('desk-queue-funds', section('tax'))).toContain(
      'The client cannot pay for this consultation',
    );
    queueRequest('tax').flush([]);
    await stable();
    expect(q('desk-queue-empty', section('tax'))).not.toBeNull();
  });

  it('reads every queue again after a reconnection', async () => {
    await open();
    queueRequest('tax').flush([]);
    queueRequest('law').flush([]);
    await stable();
    realtime.reconnect();
    queueRequest('tax').flush([waitingRequest()]);
    queueRequest('law').flush([]);
    await stable();
    expect(rows('tax')).toHaveLength(1);
  });

  it('shows a queue error with a retry', async () => {
    await open(testProfile({ categories: ['tax'] }));
    flushProblem(queueRequest('tax'), 503, { detail: 'Starting up.' });
    await stable();
    expect(text('desk-queue-error', section('tax'))).toContain('Starting up.');
    (q('desk-queue-retry', section('tax')) as HTMLButtonElement).click();
    await stable();
    queueRequest('tax').flush([]);
    await stable();
    expect(q('desk-queue-empty', section('tax'))).not.toBeNull();
  });

  it('without a profile or categories, says what to do first', async () => {
    await open(null);
    expect(text('desk-queue-no-profile')).toContain('Create your expert profile first');
    expect(q('desk-queue-no-profile')?.querySelector('a')?.getAttribute('href')).toBe(
      '/expert/profile',
    );
  });

  it('says when the profile has no categories', async () => {
    await open(testProfile({ categories: [], status: 'PENDING' }));
    expect(text('desk-queue-no-categories')).toContain('Your profile has no categories');
  });

  it('tells an unverified expert why the queues are closed', async () => {
    await open(testProfile({ categories: ['tax'], status: 'PENDING' }));
    flushProblem(queueRequest('tax'), 403);
    await stable();
    expect(q('desk-queue-unverified')?.dataset['status']).toBe('PENDING');
    expect(q('desk-queue-forbidden', section('tax'))).not.toBeNull();
  });
});
