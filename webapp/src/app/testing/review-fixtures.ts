import { Review, ReviewPage, ReviewSummary } from '../core/reviews/review.model';

/** A review as the API returns it (session s-1, expert e-laura, editable until 2026-03-02). */
export function testReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'r-1',
    sessionId: 's-1',
    expertId: 'e-laura',
    rating: 4,
    comment: 'Clear and helpful.',
    reviewerName: 'Carla Client',
    createdAt: '2026-03-01T10:10:00Z',
    updatedAt: '2026-03-01T10:10:00Z',
    editableUntil: '2026-03-02T10:10:00Z',
    reply: null,
    hidden: false,
    moderation: null,
    ...overrides,
  };
}

/** A rating summary: 2 reviews (one 5, one 4) unless told otherwise. */
export function testReviewSummary(overrides: Partial<ReviewSummary> = {}): ReviewSummary {
  return {
    average: 4.5,
    count: 2,
    distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 },
    ...overrides,
  };
}

/** A page of reviews with its summary (an empty summary for no items). */
export function testReviewPage(items: Review[], overrides: Partial<ReviewPage> = {}): ReviewPage {
  return {
    items,
    page: 0,
    size: 10,
    total: items.length,
    summary:
      items.length === 0
        ? {
            average: 0,
            count: 0,
            distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
          }
        : testReviewSummary(),
    ...overrides,
  };
}
