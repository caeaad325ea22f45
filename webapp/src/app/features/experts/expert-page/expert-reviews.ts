import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthService } from '../../../core/auth/auth.service';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { UserMessage, fieldErrorsOf, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import {
  REVIEW_LIMITS,
  REVIEW_SORTS,
  Review,
  ReviewSort,
  STARS_DESC,
  isReviewSort,
} from '../../../core/reviews/review.model';
import { ReviewsService } from '../../../core/reviews/reviews.service';
import { ReasonField, ReasonInput } from '../../../shared/forms/reason-field';
import { FormMessage } from '../../../shared/forms/form-messages';
import { StarRating } from '../../../shared/reviews/star-rating';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { PagerOptions } from '../../../shared/ui/pager/pager';
import { ReviewReplyForm } from './review-reply-form';
import { PageNotice } from '../../../shared/ui/notice/page-notice';

interface ReviewsQuery {
  expertId: string;
  sort: ReviewSort;
  page: number;
}

/** A hide/restore waiting for the administrator's reason and confirmation. */
interface PendingModeration {
  review: Review;
  action: 'hide' | 'restore';
}

/**
 * The reviews on an expert's public page: the rating summary (average, count, distribution), the
 * reviews sorted by date or rating and paged, the expert's own inline replies, and for
 * administrators hidden reviews (marked) with hide/restore, each asking for a reason. Comments and
 * replies are plain text. After any change the list and summary are read again.
 */
@Component({
  selector: 'app-expert-reviews',
  imports: [
    PageNotice,
    TranslatePipe,
    Icon,
    ReasonField,
    StarRating,
    ConfirmDialog,
    ReviewReplyForm,
    PagedList,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './expert-reviews.html',
  styleUrl: './expert-reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertReviews {
  private readonly api = inject(ReviewsService);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  readonly expertId = input.required<string>();
  readonly expertName = input.required<string>();
  /** The signed-in user is this expert (may reply). */
  readonly isSelf = input(false);
  /** The expert's rating as the last read summary says (it moves with hides, restores and new reviews). */
  readonly ratingChange = output<{ expertId: string; average: number; count: number }>();

  protected readonly sorts = REVIEW_SORTS;
  protected readonly starsDesc = STARS_DESC;
  protected readonly isAdmin = computed(() => this.auth.role() === 'ADMIN');

  protected readonly sort = signal<ReviewSort>('recent');
  protected readonly page = signal(0);
  private readonly query = computed<ReviewsQuery>(() => ({
    expertId: this.expertId(),
    sort: this.sort(),
    page: this.page(),
  }));

  /** The reviews of the sort and page chosen here (not in the URL: the page is the expert's). */
  protected readonly list = {
    ...loadEachQuery(toObservable(this.query), {
      load: (q) => this.api.forExpert(q.expertId, { page: q.page, sort: q.sort }),
      onResult: (page) =>
        this.ratingChange.emit({
          expertId: this.expertId(),
          average: page.summary.average,
          count: page.summary.count,
        }),
    }),
    goToPage: (page: number) => this.page.set(Math.max(0, page)),
  };
  protected readonly loading = this.list.loading;
  protected readonly pager: PagerOptions = { single: 'hide', label: 'reviews.list.pagination' };

  protected readonly summary = computed(() => this.list.result()?.summary ?? null);
  /** The rating summary above the reviews, once there is one (not over an error). */
  protected readonly ratingSummary = computed(() => {
    const summary = this.list.error() ? null : this.summary();
    return summary && summary.count > 0 ? summary : null;
  });
  protected readonly average = computed(() =>
    new Intl.NumberFormat(this.language.lang(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(this.summary()?.average ?? 0),
  );
  protected readonly bars = computed(() => {
    const summary = this.summary();
    const total = summary?.count ?? 0;
    return this.starsDesc.map((stars) => {
      const count = summary?.distribution?.[String(stars) as '1'] ?? 0;
      return { stars, count, percent: total > 0 ? Math.round((count / total) * 100) : 0 };
    });
  });

  /** The moderation being confirmed, its reason and error, and whether it is being sent. */
  protected readonly pending = signal<PendingModeration | null>(null);
  protected readonly reason = new ReasonInput(REVIEW_LIMITS.reasonMax, 'reviews.moderation');
  protected readonly moderating = signal(false);
  protected readonly moderationError = signal<UserMessage | null>(null);
  /** Said after a change (moderation). */
  protected readonly notice = signal<FormMessage | null>(null);

  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium' }),
  );

  protected changeSort(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.sort.set(isReviewSort(value) ? value : 'recent');
    this.page.set(0);
  }

  protected formatDate(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : this.dateFormat().format(date);
  }

  protected replied(): void {
    this.notice.set({ key: 'reviews.reply.sent' });
    this.list.reload();
  }

  protected askModeration(review: Review, action: PendingModeration['action']): void {
    this.reason.reset();
    this.moderationError.set(null);
    this.notice.set(null);
    this.pending.set({ review, action });
  }

  protected cancelModeration(): void {
    if (!this.moderating()) {
      this.pending.set(null);
    }
  }

  protected confirmModeration(): void {
    const pending = this.pending();
    if (!pending || this.moderating()) {
      return;
    }
    const reason = this.reason.checked();
    if (reason === null) {
      setTimeout(() => this.document.getElementById('review-moderation-reason')?.focus());
      return;
    }
    const { review, action } = pending;
    this.moderating.set(true);
    this.moderationError.set(null);
    (action === 'hide' ? this.api.hide(review.id, reason) : this.api.restore(review.id, reason))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.moderating.set(false);
          this.pending.set(null);
          this.notice.set({
            key:
              action === 'hide'
                ? 'reviews.moderation.hiddenDone'
                : 'reviews.moderation.restoredDone',
            params: { name: review.reviewerName },
          });
          this.list.reload();
        },
        error: (error: unknown) => {
          this.moderating.set(false);
          const fieldMessage = fieldMessageOf(error, 'reason');
          if (fieldMessage) {
            this.reason.error.set({ text: fieldMessage, key: 'errors.badRequest' });
          } else {
            this.moderationError.set(toUserMessage(error));
          }
        },
      });
  }
}

function fieldMessageOf(error: unknown, field: string): string | undefined {
  return fieldErrorsOf(error)[field];
}
