import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { testReview, testReviewPage } from '../../testing/review-fixtures';
import { isEditable } from './review.model';
import { ReviewsService } from './reviews.service';

describe('ReviewsService', () => {
  let backend: HttpTestingController;
  let api: ReviewsService;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    api = TestBed.inject(ReviewsService);
  });

  afterEach(() => endAppTest(backend));

  it("reads, creates and updates a session's review with the bearer token", () => {
    api.forSession('s/1').subscribe();
    const get = backend.expectOne('/api/sessions/s%2F1/review');
    expect(get.request.method).toBe('GET');
    expect(get.request.headers.get('Authorization')).toBe('Bearer token-1');
    get.flush(testReview());

    let created: string | undefined;
    api.create('s-1', { rating: 5, comment: 'Great' }).subscribe((r) => (created = r.id));
    const post = backend.expectOne('/api/sessions/s-1/review');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ rating: 5, comment: 'Great' });
    post.flush(testReview({ id: 'r-9' }), { status: 201, statusText: 'Created' });
    expect(created).toBe('r-9');

    api.update('s-1', { rating: 3, comment: '' }).subscribe();
    const put = backend.expectOne('/api/sessions/s-1/review');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ rating: 3, comment: '' });
    put.flush(testReview({ rating: 3 }));
  });

  it('passes 404 and 409 problems on', () => {
    let status = 0;
    api.forSession('s-1').subscribe({
      error: (e: HttpErrorResponse) => (status = e.status),
    });
    flushProblem(backend.expectOne('/api/sessions/s-1/review'), 404);
    expect(status).toBe(404);

    api.update('s-1', { rating: 2, comment: 'x' }).subscribe({
      error: (e: HttpErrorResponse) => (status = e.status),
    });
    flushProblem(backend.expectOne('/api/sessions/s-1/review'), 409, {
      detail: 'The edit window is over.',
    });
    expect(status).toBe(409);
  });

  it('posts the reply and the moderation actions', () => {
    api.reply('r-1', 'Thanks!').subscribe();
    const reply = backend.expectOne('/api/reviews/r-1/reply');
    expect(reply.request.method).toBe('POST');
    expect(reply.request.body).toEqual({ text: 'Thanks!' });
    reply.flush(testReview({ reply: { text: 'Thanks!', createdAt: '2026-03-01T11:00:00Z' } }));

    api.hide('r-1', 'Insults').subscribe();
    const hide = backend.expectOne('/api/admin/reviews/r-1/hide');
    expect(hide.request.method).toBe('POST');
    expect(hide.request.body).toEqual({ reason: 'Insults' });
    hide.flush(testReview({ hidden: true }));

    api.restore('r-1', 'Appeal accepted').subscribe();
    const restore = backend.expectOne('/api/admin/reviews/r-1/restore');
    expect(restore.request.method).toBe('POST');
    expect(restore.request.body).toEqual({ reason: 'Appeal accepted' });
    restore.flush(testReview());
  });

  it("lists an expert's reviews by page, size and sort", () => {
    api.forExpert('e-laura', { page: 2, sort: 'rating' }).subscribe();
    const req = backend.expectOne((r) => r.url === '/api/experts/e-laura/reviews');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('page')).toBe('2');
    expect(req.request.params.get('size')).toBe('10');
    expect(req.request.params.get('sort')).toBe('rating');
    req.flush(testReviewPage([testReview()]));

    api.forExpert('e-laura', { page: 0, size: 5 }).subscribe();
    const recent = backend.expectOne((r) => r.url === '/api/experts/e-laura/reviews');
    expect(recent.request.params.get('sort')).toBe('recent');
    expect(recent.request.params.get('size')).toBe('5');
    recent.flush(testReviewPage([]));
  });

  it('says whether a review can still be edited', () => {
    const review = testReview({ editableUntil: '2026-03-02T10:10:00Z' });
    expect(isEditable(review, Date.parse('2026-03-02T10:09:59Z'))).toBe(true);
    expect(isEditable(review, Date.parse('2026-03-02T10:10:00Z'))).toBe(false);
    expect(isEditable({ ...review, editableUntil: 'nonsense' }, 0)).toBe(false);
  });
});
