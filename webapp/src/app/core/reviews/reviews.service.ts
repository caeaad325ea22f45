import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import {
  REVIEWS_API,
  REVIEWS_PAGE_SIZE,
  Review,
  ReviewDraft,
  ReviewPage,
  ReviewQuery,
} from './review.model';

/** The REST side of reviews: a session's review, the expert's reply, public lists, moderation. */
@Injectable({ providedIn: 'root' })
export class ReviewsService {
  private readonly http = inject(HttpClient);

  /** The review of a session (participants and administrators); 404 while there is none. */
  forSession(sessionId: string): Observable<Review> {
    return this.http.get<Review>(REVIEWS_API.sessionReview(sessionId));
  }

  /** The session's client rates an ended session (201). 409 when one exists or it cannot be rated. */
  create(sessionId: string, draft: ReviewDraft): Observable<Review> {
    return this.http.post<Review>(REVIEWS_API.sessionReview(sessionId), draft);
  }

  /** The author changes their review before `editableUntil` (409 afterwards). */
  update(sessionId: string, draft: ReviewDraft): Observable<Review> {
    return this.http.put<Review>(REVIEWS_API.sessionReview(sessionId), draft);
  }

  /** The reviewed expert answers publicly, once (409 when already answered). */
  reply(reviewId: string, text: string): Observable<Review> {
    return this.http.post<Review>(REVIEWS_API.reply(reviewId), { text });
  }

  /** One page of an expert's reviews with the rating summary (public; admins also get hidden ones). */
  forExpert(expertId: string, query: ReviewQuery): Observable<ReviewPage> {
    const params = new HttpParams()
      .set('page', query.page)
      .set('size', query.size ?? REVIEWS_PAGE_SIZE)
      .set('sort', query.sort ?? 'recent');
    return this.http.get<ReviewPage>(REVIEWS_API.expertReviews(expertId), { params });
  }

  /** Administrators hide a review from the public list, saying why. */
  hide(reviewId: string, reason: string): Observable<Review> {
    return this.http.post<Review>(REVIEWS_API.hide(reviewId), { reason });
  }

  /** Administrators show a hidden review again, saying why. */
  restore(reviewId: string, reason: string): Observable<Review> {
    return this.http.post<Review>(REVIEWS_API.restore(reviewId), { reason });
  }
}
