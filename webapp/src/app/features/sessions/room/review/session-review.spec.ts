import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { Role } from '../../../../core/auth/auth.model';
import { Review } from '../../../../core/reviews/review.model';
import { Session } from '../../../../core/sessions/session.model';
import { CLOCK } from '../../../../core/time/clock';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../../testing/app-test-bed';
import { flushProblem } from '../../../../testing/auth-fixtures';
import { fakeRealtime } from '../../../../testing/fake-realtime';
import { testReview } from '../../../../testing/review-fixtures';
import { testLiveSession, testSettlement } from '../../../../testing/session-fixtures';
import SessionRoom from '../session-room';

const NOW = Date.parse('2026-03-01T10:15:00Z');
const REVIEW_URL = '/api/sessions/s-1/review';

describe('Session review (room)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  async function setUp(role: Role, userId: string): Promise<void> {
    backend = setUpAppTest({
      routes: [
        { path: 'sessions/:id', component: SessionRoom },
        { path: 'sessions', component: Elsewhere },
        { path: 'experts/:id', component: Elsewhere },
      ],
      providers: [fakeRealtime().provider, { provide: CLOCK, useValue: () => NOW }],
      lang: 'en',
    });
    signIn(backend, { id: userId, role });
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const click = async (id: string) => {
    q<HTMLButtonElement>(id)!.click();
    await stable();
  };
  const star = (n: number) => q<HTMLButtonElement>(`review-star-${n}`)!;
  const checked = () =>
    [1, 2, 3, 4, 5].filter((n) => star(n).getAttribute('aria-checked') === 'true');

  const ended = testLiveSession({
    state: 'ENDED',
    endReason: 'CLIENT',
    endedAt: '2026-03-01T10:04:00Z',
    settlement: testSettlement(),
  });

  /** Opens the room of an ended session (settled, no chat messages); the review is asked for. */
  async function open(session: Session = ended): Promise<TestRequest> {
    await harness.navigateByUrl(`/sessions/${session.id}`);
    backend.expectOne(`/api/sessions/${session.id}`).flush(session);
    await stable();
    backend
      .expectOne((r) => r.url === `/api/sessions/${session.id}/messages`)
      .flush({ items: [], lastSeq: 0 });
    await stable();
    return backend.expectOne(REVIEW_URL);
  }

  async function openWith(review: Review | null): Promise<void> {
    const req = await open();
    expect(q('review-loading')).not.toBeNull();
    if (review) {
      req.flush(review);
    } else {
      flushProblem(req, 404);
    }
    await stable();
  }

  describe('as the client', () => {
    beforeEach(() => setUp('CLIENT', 'u-client'));

    it('invites to rate, validates, and publishes with POST', async () => {
      await openWith(null);
      expect(q('review-form')).not.toBeNull();
      expect(text('review-form')).toContain('How was your session with Laura Martín?');
      expect(q('review-mine')).toBeNull();
      expect(el().querySelector('[role="radiogroup"]')).not.toBeNull();
      expect(checked()).toEqual([]);
      expect(star(1).tabIndex).toBe(0);
      expect(star(1).getAttribute('aria-label')).toBe('1 star');
      expect(star(5).getAttribute('aria-label')).toBe('5 stars');

      // No rating: nothing is sent, the rating says why.
      await click('review-submit');
      expect(text('field-error-rating')).toBe('Choose from 1 to 5 stars.');
      backend.expectNone(REVIEW_URL);

      await click('review-star-4');
      expect(checked()).toEqual([4]);
      expect(star(4).tabIndex).toBe(0);
      expect(star(1).tabIndex).toBe(-1);
      expect(q('field-error-rating')).toBeNull();
      // Arrow keys move the choice like radios.
      star(4).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await stable();
      expect(checked()).toEqual([5]);
      expect(document.activeElement).toBe(star(5));
      star(5).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await stable();
      star(4).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await stable();
      expect(checked()).toEqual([3]);
      await click('review-star-4');

      type('review-comment', 'Very clear.\nThanks!');
      await stable();
      expect(text('review-comment-counter')).toBe('19/2000');
      await click('review-submit');
      expect(q<HTMLButtonElement>('review-submit')!.disabled).toBe(true);
      const req = backend.expectOne(REVIEW_URL);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ rating: 4, comment: 'Very clear.\nThanks!' });
      req.flush(testReview({ comment: 'Very clear.\nThanks!' }), {
        status: 201,
        statusText: 'Created',
      });
      await stable();

      expect(q('review-form')).toBeNull();
      expect(q('review-mine')?.dataset['rating']).toBe('4');
      expect(q('review-mine-comment')?.textContent).toBe('Very clear.\nThanks!');
      expect(text('review-saved')).toBe('Thank you! Your review has been published.');
      expect(q('review-mine')?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
        '4 of 5 stars',
      );
      expect(q('review-edit')).not.toBeNull();
    });

    it('edits with PUT while the window lasts, showing field errors and a 409', async () => {
      await openWith(testReview({ rating: 4, comment: 'Good' }));
      expect(q('review-form')).toBeNull();
      expect(text('review-editable-until')).toContain('You can edit it until');

      await click('review-edit');
      expect(q('review-form')).not.toBeNull();
      expect(checked()).toEqual([4]);
      expect(q<HTMLTextAreaElement>('review-comment')!.value).toBe('Good');
      expect(text('review-submit')).toBe('Save changes');

      await click('review-star-2');
      type('review-comment', 'Not so good after all');
      await click('review-submit');
      let req = backend.expectOne(REVIEW_URL);
      expect(req.request.method).toBe('PUT');
      expect(req.request.body).toEqual({ rating: 2, comment: 'Not so good after all' });
      flushProblem(req, 400, {
        errors: [{ field: 'comment', message: 'The comment contains a forbidden link.' }],
      });
      await stable();
      expect(text('field-error-comment')).toBe('The comment contains a forbidden link.');
      expect(text('review-error')).toBe('Please correct the highlighted fields.');
      expect(q('review-comment')?.getAttribute('aria-invalid')).toBe('true');

      type('review-comment', 'Not so good');
      await stable();
      expect(q('field-error-comment')).toBeNull();
      await click('review-submit');
      req = backend.expectOne(REVIEW_URL);
      expect(req.request.method).toBe('PUT');
      flushProblem(req, 409, { detail: 'The review can no longer be edited.' });
      await stable();
      // The server knows better: the review is read again and the message stays.
      backend
        .expectOne(REVIEW_URL)
        .flush(testReview({ rating: 4, comment: 'Good', editableUntil: '2026-03-01T10:14:00Z' }));
      await stable();
      expect(text('review-error')).toBe('The review can no longer be edited.');
      expect(q('review-form')).toBeNull();
      expect(q('review-mine')?.dataset['rating']).toBe('4');
      expect(q('review-edit')).toBeNull();
    });

    it('shows the review when the server says one already exists (409 on POST)', async () => {
      await openWith(null);
      await click('review-star-5');
      await click('review-submit');
      const req = backend.expectOne(REVIEW_URL);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ rating: 5, comment: '' });
      flushProblem(req, 409, { detail: 'This session already has a review.' });
      await stable();
      expect(text('review-error')).toBe('This session already has a review.');
      backend.expectOne(REVIEW_URL).flush(testReview({ rating: 3, comment: '' }));
      await stable();
      expect(q('review-form')).toBeNull();
      expect(q('review-mine')?.dataset['rating']).toBe('3');
      expect(text('review-mine')).toContain('No comment.');
      expect(q('review-mine-comment')).toBeNull();
    });

    it('renders a comment with markup as literal text', async () => {
      const comment = '<script>alert(1)</script><b>x</b>';
      await openWith(testReview({ comment }));
      const shown = q('review-mine-comment')!;
      expect(shown.textContent).toBe(comment);
      expect(shown.querySelector('script')).toBeNull();
      expect(shown.querySelector('b')).toBeNull();
      expect(el().querySelector('.review__text b, .review__text script')).toBeNull();
    });

    it('shows a load error with a retry', async () => {
      flushProblem(await open(), 503, { detail: 'Reviews are resting.' });
      await stable();
      expect(text('review-load-error')).toContain('Reviews are resting.');
      await click('review-retry');
      expect(q('review-loading')).not.toBeNull();
      flushProblem(backend.expectOne(REVIEW_URL), 404);
      await stable();
      expect(q('review-form')).not.toBeNull();
    });

    it('offers nothing for a session that never became active', async () => {
      const never = testLiveSession({
        state: 'ENDED',
        startedAt: null,
        endReason: 'DISCONNECT',
        endedAt: '2026-03-01T10:04:00Z',
        settlement: testSettlement(),
      });
      await harness.navigateByUrl('/sessions/s-1');
      backend.expectOne('/api/sessions/s-1').flush(never);
      await stable();
      backend
        .match((r) => r.url === '/api/sessions/s-1/messages')
        .forEach((r) => r.flush({ items: [], lastSeq: 0 }));
      await stable();
      backend.expectNone(REVIEW_URL);
      expect(q('review-form')).toBeNull();
      expect(q('review-loading')).toBeNull();
    });
  });

  describe('as the expert', () => {
    beforeEach(() => setUp('EXPERT', 'u-expert'));

    it("shows the client's review read-only and replies once", async () => {
      await openWith(testReview({ rating: 2, comment: 'Too <i>short</i>' }));
      expect(q('review-form')).toBeNull();
      expect(q('review-edit')).toBeNull();
      expect(q('review-received')?.dataset['rating']).toBe('2');
      expect(q('review-received-comment')?.textContent).toBe('Too <i>short</i>');
      expect(q('review-received-comment')?.querySelector('i')).toBeNull();

      await click('review-reply-submit');
      expect(text('field-error-text')).toBe('This field is required.');
      backend.expectNone('/api/reviews/r-1/reply');

      type('review-reply-text', '  Sorry, next time I will take longer.  ');
      await click('review-reply-submit');
      const req = backend.expectOne('/api/reviews/r-1/reply');
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ text: 'Sorry, next time I will take longer.' });
      req.flush(
        testReview({
          rating: 2,
          comment: 'Too <i>short</i>',
          reply: {
            text: 'Sorry, next time I will take longer.',
            createdAt: '2026-03-01T10:14:00Z',
          },
        }),
      );
      await stable();
      expect(text('review-reply')).toContain('Sorry, next time I will take longer.');
      expect(text('review-saved')).toBe('Your reply has been published.');
      expect(q('review-reply-text')).toBeNull();
    });

    it('shows a 409 on the reply and reads the review again', async () => {
      await openWith(testReview());
      type('review-reply-text', 'Thanks');
      await click('review-reply-submit');
      flushProblem(backend.expectOne('/api/reviews/r-1/reply'), 409, {
        detail: 'You already replied to this review.',
      });
      await stable();
      expect(text('review-reply-error')).toBe('You already replied to this review.');
      backend
        .expectOne(REVIEW_URL)
        .flush(testReview({ reply: { text: 'Earlier reply', createdAt: '2026-03-01T10:12:00Z' } }));
      await stable();
      expect(text('review-reply')).toContain('Earlier reply');
      expect(q('review-reply-text')).toBeNull();
    });

    it('shows nothing while the client has not rated', async () => {
      await openWith(null);
      expect(q('review-received')).toBeNull();
      expect(q('review-form')).toBeNull();
      expect(el().querySelector('app-session-review')?.getAttribute('style')).toContain(
        'display: none',
      );
    });
  });
});
