import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { authGuard, roleGuard } from '../../core/auth/auth.guards';
import { Role } from '../../core/auth/auth.model';
import { DeskRequestStore } from '../../core/desk/desk-request-store';
import { DESK_API, DeskRequest } from '../../core/desk/desk.model';
import { EXPERTS_API } from '../../core/experts/expert.model';
import { LanguageService } from '../../core/i18n/language.service';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { testCategory } from '../../testing/expert-fixtures';
import { flushMyCentres } from '../../testing/cost-centre-fixtures';
import { FakeRealtime, fakeRealtime } from '../../testing/fake-realtime';
import DeskPage from './desk-page';

const CLIENT = 'u-client';

/** A desk request as the API returns it: waiting, number 3, about 4 minutes. */
function testDeskRequest(overrides: Partial<DeskRequest> = {}): DeskRequest {
  return {
    id: 'd-1',
    category: 'tax',
    channel: 'VIDEO',
    description: 'My VAT return was rejected.',
    state: 'WAITING',
    position: 3,
    estimatedWaitSeconds: 240,
    createdAt: '2026-03-01T10:00:00Z',
    expiresAt: '2026-03-01T10:15:00Z',
    clientName: 'Carla Client',
    ...overrides,
  };
}

describe('Ask the desk (client page)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let router: Router;

  async function setUp(role: Role | null = 'CLIENT', keptId?: string): Promise<void> {
    sessionStorage.clear();
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'desk', canActivate: [authGuard, roleGuard('CLIENT')], component: DeskPage },
        { path: 'login', component: Elsewhere },
        { path: 'forbidden', component: Elsewhere },
        { path: 'sessions/:id', component: Elsewhere },
        { path: 'experts', component: Elsewhere },
      ],
      providers: [fake.provider],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    if (role) {
      signIn(backend, { id: CLIENT, role, displayName: 'Carla Client' });
    }
    if (keptId) {
      TestBed.inject(DeskRequestStore).keep(CLIENT, keptId);
    }
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => {
    flushMyCentres(backend); // "Pay with" (covered in desk-funding.spec.ts)
    endAppTest(backend);
    sessionStorage.clear();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const click = async (id: string) => {
    q<HTMLButtonElement>(id)!.click();
    await stable();
  };
  const kept = () => TestBed.inject(DeskRequestStore).read(CLIENT);

  function flushCategories(): void {
    backend.expectOne(EXPERTS_API.categories).flush({
      items: [
        testCategory(),
        testCategory({ slug: 'it-support', name: { es: 'Soporte informático', en: 'IT support' } }),
      ],
      total: 2,
      page: 0,
      size: 50,
    });
  }

  async function openForm(url = '/desk'): Promise<void> {
    await harness.navigateByUrl(url);
    flushCategories();
    await stable();
  }

  function joinRequest(): TestRequest {
    return backend.expectOne((r) => r.method === 'POST' && r.url === DESK_API.requests);
  }

  /** Fills the form (category, VIDEO, a description) and submits it. */
  async function fillAndSubmit(description = '  My VAT return was rejected.  '): Promise<void> {
    const category = q<HTMLSelectElement>('desk-category')!;
    category.value = 'tax';
    category.dispatchEvent(new Event('change'));
    q<HTMLInputElement>('desk-channel-video')!.click();
    type('desk-description', description);
    await stable();
    await click('desk-submit');
  }

  async function joinWaiting(request = testDeskRequest()): Promise<void> {
    await openForm();
    await fillAndSubmit();
    joinRequest().flush(request, { status: 201, statusText: 'Created' });
    await stable();
  }

  describe('joining', () => {
    beforeEach(() => setUp());

    it('preselects ?category=, joins the queue and shows the place and the estimated wait', async () => {
      await openForm('/desk?category=it-support');
      expect(q('desk-page')?.dataset['view']).toBe('form');
      expect(q<HTMLSelectElement>('desk-category')!.value).toBe('it-support');
      expect(q<HTMLInputElement>('desk-channel-chat')!.checked).toBe(true);
      expect(text('desk-description-counter')).toBe('0 / 1000');

      const category = q<HTMLSelectElement>('desk-category')!;
      category.value = 'tax';
      category.dispatchEvent(new Event('change'));
      q<HTMLInputElement>('desk-channel-video')!.click();
      type('desk-description', '  My VAT return was rejected.  ');
      await stable();
      expect(text('desk-description-counter')).toBe('31 / 1000');
      await click('desk-submit');

      const req = joinRequest();
      expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
      expect(req.request.body).toEqual({
        category: 'tax',
        channel: 'VIDEO',
        description: 'My VAT return was rejected.',
        fundedBy: { type: 'WALLET' },
      });
      expect(q<HTMLButtonElement>('desk-submit')!.disabled).toBe(true);
      req.flush(testDeskRequest(), { status: 201, statusText: 'Created' });
      await stable();

      expect(q('desk-page')?.dataset['view']).toBe('waiting');
      expect(q('desk-form')).toBeNull();
      expect(text('desk-position')).toBe('You are number 3 in the queue');
      expect(q('desk-position')?.dataset['position']).toBe('3');
      expect(text('desk-estimate')).toBe('About 4 min');
      expect(text('desk-waiting-category')).toBe('Tax advice');
      expect(text('desk-waiting-channel')).toBe('Video call');
      expect(text('desk-waiting-description')).toBe('My VAT return was rejected.');
      expect(kept()).toBe('d-1');

      TestBed.inject(LanguageService).use('es');
      await stable();
      expect(text('desk-position')).toBe('Eres el número 3 en la cola');
      expect(text('desk-estimate')).toBe('Alrededor de 4 min');
    });

    it('says "no estimate yet" when the server has none', async () => {
      await joinWaiting(testDeskRequest({ position: 1, estimatedWaitSeconds: undefined }));
      expect(text('desk-position')).toBe('You are number 1 in the queue');
      expect(text('desk-estimate')).toBe('No estimate yet');
    });

    it('checks the form before sending: category and description are required', async () => {
      await openForm();
      await click('desk-submit');
      expect(text('field-error-category')).toBe('This field is required.');
      expect(text('field-error-description')).toBe('This field is required.');
      type('desk-description', '    ');
      await stable();
      expect(text('field-error-description')).toBe('This field is required.');
      backend.expectNone(DESK_API.requests);
    });

    it('explains a 409: a request of this client is already waiting', async () => {
      await openForm();
      await fillAndSubmit();
      flushProblem(joinRequest(), 409, {
        detail: 'You already have a request waiting at the desk; cancel it to ask again.',
      });
      await stable();

      expect(q('desk-page')?.dataset['view']).toBe('form');
      expect(q('desk-already-waiting')?.getAttribute('role')).toBe('alert');
      expect(text('desk-already-waiting')).toContain(
        'You already have a request waiting at the desk',
      );
      expect(q('desk-error')).toBeNull();
      expect(q<HTMLButtonElement>('desk-submit')!.disabled).toBe(false);
      expect(kept()).toBeNull();

      TestBed.inject(LanguageService).use('es');
      await stable();
      expect(text('desk-already-waiting')).toContain(
        'Ya tienes una solicitud esperando en el mostrador',
      );
    });

    it('shows the server’s field errors (400) next to their fields', async () => {
      await openForm();
      await fillAndSubmit();
      flushProblem(joinRequest(), 400, {
        detail: 'The request is not valid.',
        errors: [{ field: 'category', message: 'There is no such category.' }],
      });
      await stable();
      expect(text('field-error-category')).toBe('There is no such category.');
      expect(text('desk-error')).toBe('The request is not valid.');
    });

    it('shows the categories error with a retry', async () => {
      await harness.navigateByUrl('/desk');
      expect(q('desk-categories-loading')).not.toBeNull();
      flushProblem(backend.expectOne(EXPERTS_API.categories), 503, { detail: 'Starting up.' });
      await stable();
      expect(text('desk-categories-error')).toContain('Starting up.');
      await click('desk-categories-retry');
      flushCategories();
      await stable();
      expect(q('desk-form')).not.toBeNull();
    });
  });

  describe('waiting', () => {
    beforeEach(() => setUp());

    it('follows desk.position frames of its request (and ignores other requests)', async () => {
      await joinWaiting();

      realtime.emit({ type: 'desk.position', id: 'd-1', position: 2, estimatedWaitSeconds: 90 });
      await stable();
      expect(text('desk-position')).toBe('You are number 2 in the queue');
      expect(text('desk-estimate')).toBe('About 2 min');
      expect(q('desk-position')?.closest('[role="status"]')).not.toBeNull();

      realtime.emit({ type: 'desk.position', id: 'other', position: 9, estimatedWaitSeconds: 900 });
      await stable();
      expect(text('desk-position')).toBe('You are number 2 in the queue');

      realtime.emit({ type: 'desk.position', id: 'd-1', position: 1 });
      await stable();
      expect(text('desk-position')).toBe('You are number 1 in the queue');
      expect(text('desk-estimate')).toBe('No estimate yet');

      realtime.emit({ type: 'desk.position', id: 'd-1', position: 1, estimatedWaitSeconds: 20 });
      await stable();
      expect(text('desk-estimate')).toBe('Less than a minute');
    });

    it('opens the session room on desk.picked', async () => {
      await joinWaiting();
      realtime.emit({ type: 'desk.picked', id: 'other', sessionId: 's-x', expertId: 'e-2' });
      await stable();
      expect(router.url).toBe('/desk');

      realtime.emit({ type: 'desk.picked', id: 'd-1', sessionId: 's-9', expertId: 'e-1' });
      await stable();
      expect(router.url).toBe('/sessions/s-9');
      expect(kept()).toBeNull();
    });

    it('shows desk.expired clearly, and "Ask again" brings the form back with what was asked', async () => {
      await joinWaiting();
      realtime.emit({ type: 'desk.expired', id: 'd-1' });
      await stable();

      expect(q('desk-page')?.dataset['view']).toBe('expired');
      expect(q('desk-waiting')).toBeNull();
      expect(q('desk-expired')?.getAttribute('role')).toBe('alert');
      expect(text('desk-expired')).toContain('Nobody could take your request in time');
      expect(text('desk-expired-text')).toContain('It waited 15 minutes');
      expect(q('desk-find-expert')?.getAttribute('href')).toBe('/experts?category=tax');
      expect(kept()).toBeNull();

      TestBed.inject(LanguageService).use('es');
      await stable();
      expect(text('desk-expired')).toContain('Nadie ha podido atender tu solicitud a tiempo');
      TestBed.inject(LanguageService).use('en');

      await click('desk-ask-again');
      expect(q('desk-page')?.dataset['view']).toBe('form');
      expect(q<HTMLSelectElement>('desk-category')!.value).toBe('tax');
      expect(q<HTMLInputElement>('desk-channel-video')!.checked).toBe(true);
      expect(q<HTMLTextAreaElement>('desk-description')!.value).toBe('My VAT return was rejected.');
      await click('desk-submit');
      joinRequest().flush(testDeskRequest({ id: 'd-2' }), { status: 201, statusText: 'Created' });
      await stable();
      expect(q('desk-waiting')?.dataset['id']).toBe('d-2');
    });

    it('shows desk.cancelled (a pick that could not start) with the reason, "Add funds" and "Ask again"', async () => {
      await joinWaiting();
      realtime.emit({ type: 'desk.cancelled', id: 'other', reason: 'Not yours.' });
      await stable();
      expect(q('desk-waiting')).not.toBeNull();
      expect(kept()).toBe('d-1');

      const reason = 'Your balance does not cover the first minutes of this session.';
      realtime.emit({ type: 'desk.cancelled', id: 'd-1', reason });
      await stable();

      expect(q('desk-page')?.dataset['view']).toBe('pickFailed');
      expect(q('desk-waiting')).toBeNull();
      expect(q('desk-expired')).toBeNull();
      expect(q('desk-pick-failed')?.getAttribute('role')).toBe('alert');
      expect(q('desk-pick-failed')?.dataset['id']).toBe('d-1');
      expect(text('desk-pick-failed')).toContain(
        'An expert picked your request, but the consultation could not start',
      );
      expect(text('desk-pick-failed-reason')).toBe(reason);
      expect(q('desk-pick-failed-add-funds')?.getAttribute('href')).toBe('/wallet/add-funds');
      expect(text('desk-pick-failed-add-funds')).toBe('Add funds');
      expect(text('desk-pick-failed-ask-again')).toBe('Ask again');
      expect(kept()).toBeNull();

      // A reconnection no longer reads the ended request again.
      realtime.reconnect();
      backend.expectNone(`${DESK_API.requests}/d-1`);

      TestBed.inject(LanguageService).use('es');
      await stable();
      expect(text('desk-pick-failed')).toContain(
        'Un experto recogió tu solicitud, pero la consulta no pudo empezar',
      );
      expect(text('desk-pick-failed-reason')).toBe(reason);
      expect(text('desk-pick-failed-add-funds')).toBe('Añadir saldo');
      expect(text('desk-pick-failed-ask-again')).toBe('Volver a preguntar');
      TestBed.inject(LanguageService).use('en');

      await click('desk-pick-failed-ask-again');
      expect(q('desk-page')?.dataset['view']).toBe('form');
      expect(q<HTMLSelectElement>('desk-category')!.value).toBe('tax');
      expect(q<HTMLInputElement>('desk-channel-video')!.checked).toBe(true);
      expect(q<HTMLTextAreaElement>('desk-description')!.value).toBe('My VAT return was rejected.');
      await click('desk-submit');
      joinRequest().flush(testDeskRequest({ id: 'd-2' }), { status: 201, statusText: 'Created' });
      await stable();
      expect(q('desk-waiting')?.dataset['id']).toBe('d-2');
    });

    it('shows desk.cancelled over a reading of the request still under way', async () => {
      await joinWaiting();
      realtime.reconnect();
      const reading = backend.expectOne(`${DESK_API.requests}/d-1`);
      realtime.emit({
        type: 'desk.cancelled',
        id: 'd-1',
        reason: 'You already have a session open.',
      });
      await stable();
      expect(reading.cancelled).toBe(true);
      expect(text('desk-pick-failed-reason')).toBe('You already have a session open.');
      expect(q('desk-cancelled')).toBeNull();
    });

    it('cancels after a confirmation', async () => {
      await joinWaiting();
      await click('desk-cancel');
      expect(q('confirm-dialog-confirm')).not.toBeNull();
      await click('confirm-dialog-cancel');
      expect(q('confirm-dialog-confirm')).toBeNull();
      backend.expectNone(`${DESK_API.requests}/d-1/cancel`);

      await click('desk-cancel');
      await click('confirm-dialog-confirm');
      const req = backend.expectOne(`${DESK_API.requests}/d-1/cancel`);
      expect(req.request.method).toBe('POST');
      req.flush(testDeskRequest({ state: 'CANCELLED', position: null }));
      await stable();

      expect(q('desk-page')?.dataset['view']).toBe('form');
      expect(text('desk-cancelled')).toBe('Your request was cancelled: you have left the queue.');
      expect(kept()).toBeNull();
    });

    it('after a 409 on cancel says why and reads the request again (picked: the room)', async () => {
      await joinWaiting();
      await click('desk-cancel');
      await click('confirm-dialog-confirm');
      flushProblem(backend.expectOne(`${DESK_API.requests}/d-1/cancel`), 409, {
        detail: 'This request is no longer waiting: it was picked.',
      });
      await stable();
      expect(text('desk-action-error')).toBe('This request is no longer waiting: it was picked.');

      backend
        .expectOne(`${DESK_API.requests}/d-1`)
        .flush(testDeskRequest({ state: 'PICKED', position: null, sessionId: 's-7' }));
      await stable();
      expect(router.url).toBe('/sessions/s-7');
    });

    it('reads the request again after a reconnection', async () => {
      await joinWaiting();
      realtime.reconnect();
      backend
        .expectOne(`${DESK_API.requests}/d-1`)
        .flush(testDeskRequest({ position: 1, estimatedWaitSeconds: 60 }));
      await stable();
      expect(text('desk-position')).toBe('You are number 1 in the queue');
      expect(text('desk-estimate')).toBe('About 1 min');

      realtime.reconnect();
      backend
        .expectOne(`${DESK_API.requests}/d-1`)
        .flush(testDeskRequest({ state: 'EXPIRED', position: null }));
      await stable();
      expect(q('desk-expired')).not.toBeNull();
    });
  });

  describe('on load', () => {
    it('shows the waiting request kept in session storage', async () => {
      await setUp('CLIENT', 'd-1');
      await harness.navigateByUrl('/desk');
      expect(q('desk-restore-loading')).not.toBeNull();
      flushCategories();
      backend.expectOne(`${DESK_API.requests}/d-1`).flush(testDeskRequest({ position: 2 }));
      await stable();
      expect(text('desk-position')).toBe('You are number 2 in the queue');
      expect(q('desk-form')).toBeNull();
    });

    it('forgets a kept request that is gone (404) or no longer waiting', async () => {
      await setUp('CLIENT', 'd-1');
      await harness.navigateByUrl('/desk');
      flushCategories();
      flushProblem(backend.expectOne(`${DESK_API.requests}/d-1`), 404);
      await stable();
      expect(q('desk-form')).not.toBeNull();
      expect(kept()).toBeNull();
    });

    it('offers the session of a kept request that was picked meanwhile', async () => {
      await setUp('CLIENT', 'd-1');
      await harness.navigateByUrl('/desk');
      flushCategories();
      backend
        .expectOne(`${DESK_API.requests}/d-1`)
        .flush(testDeskRequest({ state: 'PICKED', position: null, sessionId: 's-5' }));
      await stable();
      expect(q('desk-form')).not.toBeNull();
      expect(q('desk-picked-open')?.getAttribute('href')).toBe('/sessions/s-5');
      expect(kept()).toBeNull();
    });

    it('offers a retry when the kept request cannot be read', async () => {
      await setUp('CLIENT', 'd-1');
      await harness.navigateByUrl('/desk');
      flushCategories();
      flushProblem(backend.expectOne(`${DESK_API.requests}/d-1`), 503, { detail: 'Down.' });
      await stable();
      expect(text('desk-restore-error')).toContain('Down.');
      await click('desk-restore-retry');
      backend.expectOne(`${DESK_API.requests}/d-1`).flush(testDeskRequest());
      await stable();
      expect(q('desk-waiting')).not.toBeNull();
    });

    it('sends signed-out visitors to sign in and back', async () => {
      await setUp(null);
      await harness.navigateByUrl('/desk?category=tax');
      expect(router.url).toBe('/login?returnUrl=%2Fdesk%3Fcategory%3Dtax');
    });

    it('is for clients only', async () => {
      await setUp('EXPERT');
      await harness.navigateByUrl('/desk');
      expect(el().querySelector('#elsewhere')).not.toBeNull();
      expect(q('desk-page')).toBeNull();
    });
  });
});
