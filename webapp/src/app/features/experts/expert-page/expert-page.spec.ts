import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { Role } from '../../../core/auth/auth.model';
import { SESSIONS_API } from '../../../core/sessions/session.model';
import { EXPERTS_API, ExpertProfile } from '../../../core/experts/expert.model';
import { LanguageService } from '../../../core/i18n/language.service';
import { REVIEWS_API, ReviewPage } from '../../../core/reviews/review.model';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testCategory, testProfile } from '../../../testing/expert-fixtures';
import { flushMyCentres } from '../../../testing/cost-centre-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import { testReview, testReviewPage, testReviewSummary } from '../../../testing/review-fixtures';
import { testLiveSession } from '../../../testing/session-fixtures';
import ExpertPage from './expert-page';

describe('Expert page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;

  const laura = testProfile({
    id: 'e-laura',
    displayName: 'Laura Martín',
    headline: 'Tax advisor for freelancers',
    bio: 'Ten years helping freelancers.\nAsk me about <b>VAT</b>.',
    skills: ['VAT', 'Income tax'],
    categories: ['tax', 'gone'],
    languages: ['es', 'en'],
    rates: { CHAT: 150, VIDEO: 250 },
    freeMinutes: 3,
    rating: { average: 0, count: 0 },
    presence: 'BUSY',
  });

  async function setUp(role?: Role, userId = 'u-1'): Promise<void> {
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'experts/:id', component: ExpertPage },
        { path: 'login', component: Elsewhere },
        { path: 'expert/profile', component: Elsewhere },
        { path: 'sessions/:id', component: Elsewhere },
        { path: 'wallet/add-funds', component: Elsewhere },
      ],
      providers: [fake.provider],
      lang: 'en',
    });
    if (role) {
      signIn(backend, { id: userId, role });
    }
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => {
    flushMyCentres(backend); // "Pay with" (covered in expert-start.spec.ts)
    endAppTest(backend);
  });

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const items = (id: string) =>
    Array.from(q(id)?.querySelectorAll('li') ?? [], (li) => li.textContent?.trim());

  async function open(expert: ExpertProfile = laura, options: { mine?: string | null } = {}) {
    await harness.navigateByUrl(`/experts/${expert.id}`);
    expect(q('expert-loading')).not.toBeNull();
    backend.expectOne(`${EXPERTS_API.experts}/${expert.id}`).flush(expert);
    backend
      .expectOne(EXPERTS_API.categories)
      .flush({ items: [testCategory()], total: 1, page: 0, size: 50 });
    if (options.mine !== undefined) {
      const me = backend.expectOne(EXPERTS_API.me);
      if (options.mine === null) {
        flushProblem(me, 404);
      } else {
        me.flush(testProfile({ id: options.mine }));
      }
    }
    await stable();
    flushReviews(expert.id);
    await stable();
  }

  /** Answers the reviews section's list request (covered in expert-reviews.spec.ts). */
  function flushReviews(expertId: string, page: ReviewPage = testReviewPage([])): void {
    backend.expectOne((r) => r.url === REVIEWS_API.expertReviews(expertId)).flush(page);
  }

  describe('signed out', () => {
    beforeEach(() => setUp());

    it('shows the public profile', async () => {
      await open();

      expect(q('expert-page')?.dataset['id']).toBe('e-laura');
      expect(text('expert-name')).toBe('Laura Martín');
      expect(q('expert-name')?.tagName).toBe('H1');
      expect(text('expert-headline')).toBe('Tax advisor for freelancers');
      expect(text('expert-presence')).toBe('Busy');
      expect(q('expert-presence')?.dataset['presence']).toBe('BUSY');
      // Plain text: line breaks kept by CSS, markup shown as typed, never parsed.
      const bio = q('expert-bio')!;
      expect(bio.textContent).toBe('Ten years helping freelancers.\nAsk me about <b>VAT</b>.');
      expect(bio.querySelector('b')).toBeNull();
      expect(items('expert-skills')).toEqual(['VAT', 'Income tax']);
      expect(items('expert-languages')).toEqual(['Spanish', 'English']);
      // Names of known categories (linking to the search); an unknown slug is shown as is.
      expect(items('expert-categories')).toEqual(['Tax advice', 'gone']);
      expect(q('expert-categories')?.querySelector('a')?.getAttribute('href')).toBe(
        '/experts?category=tax',
      );
      expect(text('expert-rates')).toContain('Chat€1.50/min');
      expect(text('expert-rates')).toContain('Video call€2.50/min');
      expect(text('expert-rates')).not.toContain('Audio');
      expect(text('expert-free-minutes')).toBe('First 3 minutes free');
      expect(text('reviews-empty')).toContain('No reviews yet');
    });

    it('links each offered channel to the sign-in page, coming back here', async () => {
      await open();
      const chat = q<HTMLAnchorElement>('expert-start-chat')!;
      expect(chat.tagName).toBe('A');
      expect(chat.textContent?.trim()).toBe('Start chat');
      expect(chat.getAttribute('href')).toBe('/login?returnUrl=%2Fexperts%2Fe-laura');
      expect(q('expert-start-video')?.getAttribute('href')).toBe(
        '/login?returnUrl=%2Fexperts%2Fe-laura',
      );
      expect(q('expert-start-audio')).toBeNull();
      // Visitors have no realtime connection: nothing is watched.
      expect(realtime.watched).toBeNull();

      chat.click();
      await stable();
      expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fexperts%2Fe-laura');
    });

    it('shows the rating once there are reviews, and translates', async () => {
      await harness.navigateByUrl('/experts/e-2');
      backend
        .expectOne(`${EXPERTS_API.experts}/e-2`)
        .flush(testProfile({ id: 'e-2', rating: { average: 4.25, count: 8 } }));
      backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
      await stable();
      flushReviews(
        'e-2',
        testReviewPage([testReview()], {
          summary: testReviewSummary({ average: 4.25, count: 8 }),
        }),
      );
      await stable();
      expect(el().querySelector('.rating__value')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        '4.3 (8)',
      );
      expect(text('reviews-average')).toContain('4.3');
      expect(text('reviews-count')).toBe('8 reviews');
      TestBed.inject(LanguageService).use('es');
      await stable();
      expect(text('reviews-average')).toContain('4,3');
      expect(text('reviews-count')).toBe('8 opiniones');
      expect(text('expert-start-chat')).toBe('Empezar chat');
    });

    it('shows in its header the rating the reviews just read, fresher than the profile', async () => {
      await harness.navigateByUrl('/experts/e-3');
      backend
        .expectOne(`${EXPERTS_API.experts}/e-3`)
        .flush(testProfile({ id: 'e-3', rating: { average: 2, count: 1 } }));
      backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
      await stable();
      flushReviews(
        'e-3',
        testReviewPage([testReview()], {
          summary: testReviewSummary({ average: 4.5, count: 2 }),
        }),
      );
      await stable();
      expect(el().querySelector('.rating__value')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        '4.5 (2)',
      );
    });

    it('shows a friendly not-found state for a 404', async () => {
      await harness.navigateByUrl('/experts/nobody');
      flushProblem(backend.expectOne(`${EXPERTS_API.experts}/nobody`), 404, {
        detail: 'No such expert.',
      });
      backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
      await stable();

      expect(q('expert-page')).toBeNull();
      expect(q('expert-not-found')?.querySelector('h1')?.textContent?.trim()).toBe(
        'Expert not found',
      );
      expect(q('expert-not-found')?.querySelector('a')?.getAttribute('href')).toBe('/experts');
    });

    it('shows other errors with a retry', async () => {
      await harness.navigateByUrl('/experts/e-laura');
      backend.expectOne(`${EXPERTS_API.experts}/e-laura`).error(new ProgressEvent('error'), {
        status: 0,
      });
      backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
      await stable();
      expect(text('expert-error')).toContain('The server could not be reached.');
      expect(q('expert-not-found')).toBeNull();

      q<HTMLButtonElement>('expert-retry')!.click();
      await stable();
      backend.expectOne(`${EXPERTS_API.experts}/e-laura`).flush(laura);
      await stable();
      flushReviews('e-laura');
      await stable();
      expect(text('expert-name')).toBe('Laura Martín');
    });
  });

  it('signed in as a client: disabled while the expert is busy, with the reason', async () => {
    await setUp('CLIENT');
    await open();
    const chat = q<HTMLButtonElement>('expert-start-chat')!;
    expect(chat.tagName).toBe('BUTTON');
    expect(chat.disabled).toBe(true);
    expect(q<HTMLButtonElement>('expert-start-video')!.disabled).toBe(true);
    expect(q('expert-start-audio')).toBeNull();
    expect(chat.getAttribute('aria-describedby')).toBe('expert-start-note');
    expect(q('expert-start-note')?.dataset['reason']).toBe('BUSY');
    expect(text('expert-start-note')).toBe(
      'Laura Martín is in another consultation right now. Try again in a few minutes.',
    );
    backend.expectNone(EXPERTS_API.me);
  });

  it('signed in as a client: says when the expert is offline', async () => {
    await setUp('CLIENT');
    await open(testProfile({ id: 'e-2', displayName: 'Bob', presence: 'OFFLINE' }));
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(true);
    expect(text('expert-start-note')).toBe(
      'Bob is offline right now. Try again later or choose another expert.',
    );
  });

  it('watches the presence live and enables the buttons once the expert is online', async () => {
    await setUp('CLIENT');
    await open();
    expect(realtime.watched).toEqual(['e-laura']);

    realtime.emit({ type: 'presence.changed', expertId: 'e-laura', presence: 'ONLINE' });
    await stable();
    expect(text('expert-presence')).toBe('Online');
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(false);
    expect(q('expert-start-note')).toBeNull();

    // Other experts' changes are not this page's business.
    realtime.emit({ type: 'presence.changed', expertId: 'e-other', presence: 'OFFLINE' });
    realtime.emit({ type: 'presence.changed', expertId: 'e-laura', presence: 'OFFLINE' });
    await stable();
    expect(q('expert-presence')?.dataset['presence']).toBe('OFFLINE');
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(true);

    harness.fixture.destroy();
    expect(realtime.watched).toEqual([]);
  });

  it('starts a session on the chosen channel and opens its room', async () => {
    await setUp('CLIENT');
    await open(testProfile({ ...laura, presence: 'ONLINE' }));
    q<HTMLButtonElement>('expert-start-video')!.click();
    await stable();

    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(true);
    expect(text('expert-start-video')).toBe('Sending the request…');
    const req = backend.expectOne(SESSIONS_API.sessions);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      expertId: 'e-laura',
      channel: 'VIDEO',
      fundedBy: { type: 'WALLET' },
    });
    req.flush(testLiveSession({ id: 's-42', state: 'REQUESTED', channel: 'VIDEO' }), {
      status: 201,
      statusText: 'Created',
    });
    await stable();
    expect(TestBed.inject(Router).url).toBe('/sessions/s-42');
  });

  it('shows the problem detail when the session cannot start', async () => {
    await setUp('CLIENT');
    await open(testProfile({ ...laura, presence: 'ONLINE' }));
    q<HTMLButtonElement>('expert-start-chat')!.click();
    flushProblem(backend.expectOne(SESSIONS_API.sessions), 409, {
      detail: 'You already have an open session.',
    });
    await stable();

    expect(text('expert-start-error')).toContain('You already have an open session.');
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/experts/e-laura');
  });

  it('says how much is missing when the wallet does not cover the minimum minutes (402)', async () => {
    await setUp('CLIENT');
    await open(testProfile({ ...laura, presence: 'ONLINE' }));
    q<HTMLButtonElement>('expert-start-video')!.click();
    flushProblem(backend.expectOne(SESSIONS_API.sessions), 402, {
      type: 'urn:skillfast:problem:payment-required',
      title: 'Payment required',
      detail: 'Your balance does not cover 5 minutes.',
      missing: { amount: 1250, currency: 'EUR' },
    });
    await stable();

    expect(q('expert-start-error')).toBeNull();
    expect(q('expert-start-funds')?.dataset['missing']).toBe('1250');
    expect(text('expert-start-funds-text')).toBe('You need €12.50 more to start this session.');
    expect(q('expert-start-wallet')?.getAttribute('href')).toBe('/wallet');
    expect(q<HTMLButtonElement>('expert-start-video')!.disabled).toBe(false);
    // The hand-off: add funds for what is missing, then back here to start the session.
    const addFunds = q<HTMLAnchorElement>('expert-start-add-funds')!;
    expect(addFunds.textContent?.trim()).toBe('Add funds');
    expect(addFunds.getAttribute('href')).toBe(
      '/wallet/add-funds?amount=1250&currency=EUR&returnTo=%2Fexperts%2Fe-laura',
    );

    // Without the amount, the server's detail says it.
    q<HTMLButtonElement>('expert-start-chat')!.click();
    await stable();
    expect(q('expert-start-funds')).toBeNull();
    flushProblem(backend.expectOne(SESSIONS_API.sessions), 402, {
      type: 'urn:skillfast:problem:payment-required',
      detail: 'Your balance does not cover 5 minutes.',
    });
    await stable();
    expect(text('expert-start-funds-text')).toBe('Your balance does not cover 5 minutes.');
    expect(q('expert-start-add-funds')?.getAttribute('href')).toBe(
      '/wallet/add-funds?returnTo=%2Fexperts%2Fe-laura',
    );
    expect(TestBed.inject(Router).url).toBe('/experts/e-laura');
  });

  it('a 402 leads to "Add funds" with the missing amount and the expert to come back to', async () => {
    await setUp('CLIENT');
    await open(testProfile({ ...laura, presence: 'ONLINE' }));
    q<HTMLButtonElement>('expert-start-chat')!.click();
    flushProblem(backend.expectOne(SESSIONS_API.sessions), 402, {
      type: 'urn:skillfast:problem:payment-required',
      missingAmount: 300,
      currency: 'EUR',
    });
    await stable();
    expect(q('expert-start-funds')?.dataset['missing']).toBe('300');

    q<HTMLAnchorElement>('expert-start-add-funds')!.click();
    const router = TestBed.inject(Router);
    await vi.waitFor(() =>
      expect(router.url).toBe(
        '/wallet/add-funds?amount=300&currency=EUR&returnTo=%2Fexperts%2Fe-laura',
      ),
    );
    expect(router.lastSuccessfulNavigation()?.extras.state).toEqual({
      returnLabel: 'Laura Martín',
    });
  });

  it('signed in as the expert themself: no buttons, a link to edit the profile', async () => {
    await setUp('EXPERT', 'u-laura');
    await open(laura, { mine: 'e-laura' });
    expect(q('expert-start-chat')).toBeNull();
    expect(q('expert-start-video')).toBeNull();
    expect(q('expert-start-note')).toBeNull();
    expect(text('expert-own-profile')).toContain('This is your public profile.');
    expect(q('expert-edit-own')?.getAttribute('href')).toBe('/expert/profile');
  });

  it('signed in as another expert: disabled, only clients start consultations', async () => {
    await setUp('EXPERT', 'u-bob');
    await open(testProfile({ ...laura, presence: 'ONLINE' }), { mine: null });
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(true);
    expect(text('expert-start-note')).toBe('Only client accounts can start consultations.');
    expect(q('expert-own-profile')).toBeNull();
  });
});
