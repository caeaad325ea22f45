import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { Role } from '../../../core/auth/auth.model';
import { EXPERTS_API } from '../../../core/experts/expert.model';
import { REVIEWS_API, Review, ReviewPage } from '../../../core/reviews/review.model';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testProfile } from '../../../testing/expert-fixtures';
import { fakeRealtime } from '../../../testing/fake-realtime';
import { testReview, testReviewPage, testReviewSummary } from '../../../testing/review-fixtures';
import ExpertPage from './expert-page';

describe('Expert page reviews', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const laura = testProfile({ id: 'e-laura', displayName: 'Laura Martín', presence: 'OFFLINE' });
  const listUrl = REVIEWS_API.expertReviews('e-laura');

  const carla = testReview({
    id: 'r-1',
    rating: 5,
    reviewerName: 'Carla',
    comment: 'Line one\nLine two',
    reply: { text: 'Thank you, Carla!', createdAt: '2026-03-01T12:00:00Z' },
  });
  const dan = testReview({
    id: 'r-2',
    rating: 4,
    reviewerName: 'Dan',
    comment: '<script>alert(1)</script><b>x</b>',
    createdAt: '2026-02-20T09:00:00Z',
  });

  async function setUp(role?: Role, userId = 'u-1'): Promise<void> {
    backend = setUpAppTest({
      routes: [
        { path: 'experts/:id', component: ExpertPage },
        { path: 'login', component: Elsewhere },
      ],
      providers: [fakeRealtime().provider],
      lang: 'en',
    });
    if (role) {
      signIn(backend, { id: userId, role });
    }
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const stable = () => harness.fixture.whenStable();
  const click = async (id: string, within?: ParentNode) => {
    q<HTMLButtonElement>(id, within)!.click();
    await stable();
  };
  const listRequest = (): TestRequest => backend.expectOne((r) => r.url === listUrl);

  /** Opens Laura's page; returns the reviews request, unanswered. */
  async function open(options: { mine?: string } = {}): Promise<TestRequest> {
    await harness.navigateByUrl('/experts/e-laura');
    backend.expectOne(`${EXPERTS_API.experts}/e-laura`).flush(laura);
    backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
    if (options.mine) {
      backend.expectOne(EXPERTS_API.me).flush(testProfile({ id: options.mine }));
    }
    await stable();
    expect(q('reviews-loading')).not.toBeNull();
    return listRequest();
  }

  async function openWith(page: ReviewPage, options: { mine?: string } = {}): Promise<void> {
    (await open(options)).flush(page);
    await stable();
  }

  const twoReviews = (overrides: Partial<ReviewPage> = {}) =>
    testReviewPage([carla, dan], {
      summary: testReviewSummary({
        average: 4.5,
        count: 2,
        distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 },
      }),
      ...overrides,
    });

  describe('signed out', () => {
    beforeEach(() => setUp());

    it('shows the summary and the reviews, comments as plain text', async () => {
      const req = await open();
      expect(req.request.params.get('page')).toBe('0');
      expect(req.request.params.get('size')).toBe('10');
      expect(req.request.params.get('sort')).toBe('recent');
      req.flush(twoReviews());
      await stable();

      expect(q('expert-reviews')?.tagName).toBe('SECTION');
      expect(q('reviews-average')?.dataset['average']).toBe('4.5');
      expect(text('reviews-average')).toBe('Average rating: 4.5');
      expect(text('reviews-count')).toBe('2 reviews');
      expect([5, 4, 3, 2, 1].map((n) => q(`reviews-dist-${n}`)?.dataset['count'])).toEqual([
        '1',
        '1',
        '0',
        '0',
        '0',
      ]);
      expect(text('reviews-dist-5')).toContain('5-star reviews: 1');

      const items = all('review-item');
      expect(items.map((i) => [i.dataset['id'], i.dataset['rating'], i.dataset['hidden']])).toEqual(
        [
          ['r-1', '5', 'false'],
          ['r-2', '4', 'false'],
        ],
      );
      expect(text('review-item-name', items[0])).toBe('Carla');
      expect(q('review-item-date', items[0])?.textContent?.trim()).toBe('Mar 1, 2026');
      expect(items[0].querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
        '5 of 5 stars',
      );
      expect(q('review-item-comment', items[0])?.textContent).toBe('Line one\nLine two');
      expect(text('review-item-reply', items[0])).toBe('Reply from Laura Martín Thank you, Carla!');
      expect(q('review-item-reply', items[1])).toBeNull();

      // Markup in a comment is shown as typed: no element is created.
      const comment = q('review-item-comment', items[1])!;
      expect(comment.textContent).toBe('<script>alert(1)</script><b>x</b>');
      expect(comment.querySelector('script')).toBeNull();
      expect(comment.querySelector('b')).toBeNull();
      expect(el().querySelector('.review-item script, .review-item b')).toBeNull();

      // Visitors neither reply nor moderate.
      expect(q('review-item-reply-text')).toBeNull();
      expect(q('review-item-hide')).toBeNull();
      expect(q('reviews-empty')).toBeNull();
      expect(q('reviews-next')).toBeNull();
    });

    it('says when there are no reviews yet', async () => {
      await openWith(testReviewPage([]));
      expect(text('reviews-empty')).toContain('No reviews yet');
      expect(q('reviews-average')).toBeNull();
      expect(all('review-item')).toHaveLength(0);
    });

    it('shows an error with a retry', async () => {
      flushProblem(await open(), 503, { detail: 'Reviews are resting.' });
      await stable();
      expect(text('reviews-error')).toContain('Could not load the reviews');
      expect(text('reviews-error')).toContain('Reviews are resting.');
      await click('reviews-retry');
      listRequest().flush(twoReviews());
      await stable();
      expect(q('reviews-error')).toBeNull();
      expect(all('review-item')).toHaveLength(2);
    });

    it('sorts by rating and pages through', async () => {
      await openWith(twoReviews({ total: 12 }));
      expect(text('reviews-summary')).toBe('1–2 of 12 reviews');
      expect(q<HTMLButtonElement>('reviews-prev')!.disabled).toBe(true);

      await click('reviews-next');
      let req = listRequest();
      expect(req.request.params.get('page')).toBe('1');
      expect(req.request.params.get('sort')).toBe('recent');
      req.flush(twoReviews({ total: 12, page: 1 }));
      await stable();
      expect(el().textContent).toContain('Page 2 of 2');
      expect(q<HTMLButtonElement>('reviews-next')!.disabled).toBe(true);

      const sort = q<HTMLSelectElement>('reviews-sort')!;
      sort.value = 'rating';
      sort.dispatchEvent(new Event('change'));
      await stable();
      req = listRequest();
      expect(req.request.params.get('sort')).toBe('rating');
      expect(req.request.params.get('page')).toBe('0');
      req.flush(testReviewPage([dan]));
      await stable();
      expect(all('review-item').map((i) => i.dataset['id'])).toEqual(['r-2']);
      expect(q<HTMLSelectElement>('reviews-sort')!.value).toBe('rating');
    });
  });

  it('lets the expert reply inline to reviews without a reply', async () => {
    await setUp('EXPERT', 'u-laura');
    await openWith(twoReviews(), { mine: 'e-laura' });
    const items = all('review-item');
    expect(q('review-item-reply-text', items[0])).toBeNull(); // already answered
    expect(q('review-item-reply-text', items[1])).not.toBeNull();

    await click('review-item-reply-submit', items[1]);
    expect(text('field-error-text', items[1])).toBe('This field is required.');
    backend.expectNone(REVIEWS_API.reply('r-2'));

    const input = q<HTMLTextAreaElement>('review-item-reply-text', items[1])!;
    input.value = 'Thanks, Dan.';
    input.dispatchEvent(new Event('input'));
    await click('review-item-reply-submit', items[1]);
    const req = backend.expectOne(REVIEWS_API.reply('r-2'));
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ text: 'Thanks, Dan.' });
    const replied: Review = {
      ...dan,
      reply: { text: 'Thanks, Dan.', createdAt: '2026-03-02T09:00:00Z' },
    };
    req.flush(replied);
    await stable();

    // The list and summary are read again.
    listRequest().flush(testReviewPage([carla, replied], { summary: twoReviews().summary }));
    await stable();
    expect(text('reviews-feedback')).toBe('Your reply has been published.');
    expect(text('review-item-reply', all('review-item')[1])).toContain('Thanks, Dan.');
    expect(q('review-item-reply-text')).toBeNull();
  });

  it('shows the reply problem to the expert', async () => {
    await setUp('EXPERT', 'u-laura');
    await openWith(testReviewPage([dan]), { mine: 'e-laura' });
    const input = q<HTMLTextAreaElement>('review-item-reply-text')!;
    input.value = 'Hi';
    input.dispatchEvent(new Event('input'));
    await click('review-item-reply-submit');
    flushProblem(backend.expectOne(REVIEWS_API.reply('r-2')), 409, {
      detail: 'You already replied to this review.',
    });
    await stable();
    expect(text('review-item-reply-error')).toBe('You already replied to this review.');
  });

  it('lets an admin hide a review with a reason, and marks hidden ones', async () => {
    await setUp('ADMIN', 'u-admin');
    const hiddenOne = testReview({
      id: 'r-3',
      rating: 1,
      reviewerName: 'Troll',
      comment: 'spam',
      hidden: true,
      moderation: { reason: 'Spam', at: '2026-03-01T13:00:00Z' },
    });
    await openWith(
      testReviewPage([carla, hiddenOne], { summary: testReviewSummary({ count: 1 }) }),
    );
    let items = all('review-item');
    expect(items[1].dataset['hidden']).toBe('true');
    expect(items[1].classList).toContain('review-item--hidden');
    expect(text('review-item-hidden', items[1])).toBe('Hidden');
    expect(text('review-item-moderation', items[1])).toBe('Hidden from the public: Spam');
    expect(q('review-item-restore', items[1])).not.toBeNull();
    expect(q('review-item-hide', items[1])).toBeNull();
    expect(q('review-item-restore', items[0])).toBeNull();
    expect(q('review-item-reply-text')).toBeNull();

    await click('review-item-hide', items[0]);
    expect(el().querySelector('[role="alertdialog"]')?.textContent).toContain('Hide this review?');
    // A reason is required.
    await click('confirm-dialog-confirm');
    expect(text('field-error-reason')).toBe('Enter the reason.');
    backend.expectNone(REVIEWS_API.hide('r-1'));

    const reason = q<HTMLTextAreaElement>('review-moderation-reason')!;
    reason.value = '  Personal data  ';
    reason.dispatchEvent(new Event('input'));
    await stable();
    expect(q('field-error-reason')).toBeNull();
    await click('confirm-dialog-confirm');
    const req = backend.expectOne(REVIEWS_API.hide('r-1'));
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ reason: 'Personal data' });
    req.flush({ ...carla, hidden: true });
    await stable();
    expect(el().querySelector('[role="alertdialog"]')).toBeNull();

    listRequest().flush(
      testReviewPage([{ ...carla, hidden: true }, hiddenOne], {
        summary: testReviewSummary({ average: 0, count: 0 }),
      }),
    );
    await stable();
    expect(text('reviews-feedback')).toBe('The review by Carla has been hidden.');
    items = all('review-item');
    expect(items.map((i) => i.dataset['hidden'])).toEqual(['true', 'true']);
    expect(q('reviews-average')).toBeNull();
  });

  it('lets an admin restore a review, showing a failure in the dialog', async () => {
    await setUp('ADMIN', 'u-admin');
    await openWith(testReviewPage([{ ...dan, hidden: true }]));
    await click('review-item-restore');
    const reason = q<HTMLTextAreaElement>('review-moderation-reason')!;
    reason.value = 'Appeal accepted';
    reason.dispatchEvent(new Event('input'));
    await click('confirm-dialog-confirm');
    let req = backend.expectOne(REVIEWS_API.restore('r-2'));
    expect(req.request.body).toEqual({ reason: 'Appeal accepted' });
    flushProblem(req, 400, { errors: [{ field: 'reason', message: 'Reason too vague.' }] });
    await stable();
    expect(text('field-error-reason')).toBe('Reason too vague.');

    await click('confirm-dialog-confirm');
    req = backend.expectOne(REVIEWS_API.restore('r-2'));
    flushProblem(req, 503);
    await stable();
    expect(text('review-moderation-error')).toBe(
      'The service is temporarily unavailable. Please try again later.',
    );

    await click('confirm-dialog-cancel');
    expect(el().querySelector('[role="alertdialog"]')).toBeNull();
    backend.expectNone(listUrl);
  });
});
