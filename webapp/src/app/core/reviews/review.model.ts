/** A review of an ended consultation, as the API returns it. */
export interface Review {
  id: string;
  sessionId: string;
  expertId: string;
  /** 1–5 stars. */
  rating: number;
  /** Plain text, may be "" (always rendered as text, never as HTML). */
  comment: string;
  reviewerName: string;
  /** ISO-8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** The author may edit the review until then. */
  editableUntil: string;
  reply: ReviewReply | null;
  /** Only ever true in answers to administrators. */
  hidden: boolean;
  /** Only present for administrators. */
  moderation?: ReviewModeration | null;
}

export interface ReviewReply {
  text: string;
  createdAt: string;
}

export interface ReviewModeration {
  reason: string;
  at: string;
}

/** Body of `POST`/`PUT /api/sessions/{id}/review`. */
export interface ReviewDraft {
  rating: number;
  comment: string;
}

export type ReviewSort = 'recent' | 'rating';
export const REVIEW_SORTS: readonly ReviewSort[] = ['recent', 'rating'];

export function isReviewSort(value: unknown): value is ReviewSort {
  return value === 'recent' || value === 'rating';
}

/** Star counts keyed "1" … "5". */
export type RatingDistribution = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface ReviewSummary {
  /** e.g. 4.5 (0 without reviews). */
  average: number;
  count: number;
  distribution: RatingDistribution;
}

/** `GET /api/experts/{id}/reviews`: one page of reviews and the expert's rating summary. */
export interface ReviewPage {
  items: Review[];
  page: number;
  size: number;
  total: number;
  summary: ReviewSummary;
}

export interface ReviewQuery {
  page: number;
  size?: number;
  sort?: ReviewSort;
}

/** Limits mirrored from the server's validation. */
export const REVIEW_LIMITS = {
  minRating: 1,
  maxRating: 5,
  commentMax: 2000,
  replyMax: 2000,
  reasonMax: 500,
} as const;

export const REVIEWS_PAGE_SIZE = 10;

/** The star values, highest first (distribution bars). */
export const STARS_DESC = [5, 4, 3, 2, 1] as const;

export const REVIEWS_API = {
  sessionReview: (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/review`,
  reply: (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/reply`,
  expertReviews: (expertId: string) => `/api/experts/${encodeURIComponent(expertId)}/reviews`,
  hide: (reviewId: string) => `/api/admin/reviews/${encodeURIComponent(reviewId)}/hide`,
  restore: (reviewId: string) => `/api/admin/reviews/${encodeURIComponent(reviewId)}/restore`,
} as const;

/** Whether the author may still edit `review` at `now` (ms). */
export function isEditable(review: Review, now: number): boolean {
  const until = Date.parse(review.editableUntil);
  return Number.isFinite(until) && now < until;
}
