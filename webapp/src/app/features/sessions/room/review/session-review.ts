import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';

import { LOADING, LoadState, toLoadState } from '../../../../core/http/load-state';
import { LanguageService } from '../../../../core/i18n/language.service';
import { REVIEW_LIMITS, Review, isEditable } from '../../../../core/reviews/review.model';
import { ReviewsService } from '../../../../core/reviews/reviews.service';
import { Session, SessionSide } from '../../../../core/sessions/session.model';
import { injectNow } from '../../../../core/time/clock';
import { FieldError } from '../../../../shared/forms/field-error';
import { FormFeedback } from '../../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../../shared/forms/form-field';
import { FormMessage, notBlank } from '../../../../shared/forms/form-messages';
import { StarRating } from '../../../../shared/reviews/star-rating';
import { StarInput } from '../../../../shared/reviews/star-input';
import { Icon } from '../../../../shared/ui/icon/icon';
import { SubmitButton } from '../../../../shared/forms/submit-button';

/** Whether a session can carry a review: it ended after having been active. */
export function isReviewable(session: Session): boolean {
  return session.state === 'ENDED' && !!session.startedAt;
}

/**
 * The review of an ended consultation in its room. The client rates it (1–5 stars and an optional
 * comment, `POST`), sees their review and edits it (`PUT`) while the edit window lasts; the expert
 * sees the client's review and replies to it once. Loaded with `GET …/review` (404: none yet).
 * Nothing is shown to observers, nor for sessions that never became active.
 */
@Component({
  selector: 'app-session-review',
  imports: [
    SubmitButton,
    NgTemplateOutlet,
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    FieldError,
    StarRating,
    StarInput,
  ],
  host: { '[style.display]': "visible() ? null : 'none'" },
  templateUrl: './session-review.html',
  styleUrl: './session-review.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionReview {
  private readonly api = inject(ReviewsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly replyElement = viewChild<ElementRef<HTMLFormElement>>('replyEl');
  private readonly now = injectNow(15_000);
  private loadRequest?: Subscription;
  private loadedFor: string | null = null;

  readonly session = input.required<Session>();
  /** The signed-in user's side, or null for an observer. */
  readonly side = input.required<SessionSide | null>();

  protected readonly limits = REVIEW_LIMITS;
  protected readonly commentRule = {
    key: 'form.maxLength',
    params: { max: REVIEW_LIMITS.commentMax },
  };
  protected readonly replyRule = {
    key: 'reviews.reply.length',
    params: { max: REVIEW_LIMITS.replyMax },
  };

  protected readonly state = signal<LoadState<Review | null>>(LOADING);
  protected readonly review = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  /** The client has opened their review for editing. */
  protected readonly editing = signal(false);
  /** Shown after a successful save ("published", "updated", "reply published"). */
  protected readonly done = signal<FormMessage | null>(null);

  protected readonly visible = computed(() => {
    const side = this.side();
    if (side === null || !isReviewable(this.session())) {
      return false;
    }
    // The expert only sees a review once there is one.
    return side === 'client' || this.state().status !== 'notFound';
  });
  protected readonly canEdit = computed(() => {
    const review = this.review();
    return !!review && this.side() === 'client' && isEditable(review, this.now());
  });
  protected readonly showForm = computed(
    () =>
      this.side() === 'client' &&
      (this.state().status === 'notFound' || (this.editing() && this.canEdit())),
  );

  protected readonly form = this.fb.group({
    rating: this.fb.control(0, [Validators.required, Validators.min(1), Validators.max(5)]),
    comment: this.fb.control('', [Validators.maxLength(REVIEW_LIMITS.commentMax)]),
  });
  protected readonly feedback = new FormFeedback();
  protected readonly commentLength = signal(0);

  protected readonly replyText = this.fb.control('', [
    Validators.required,
    Validators.maxLength(REVIEW_LIMITS.replyMax),
    notBlank,
  ]);
  protected readonly replyFeedback = new FormFeedback();

  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  constructor() {
    // Loaded once per session, when the room shows it ended (after having been active).
    effect(() => {
      const session = this.session();
      const side = this.side();
      untracked(() => {
        if (side !== null && isReviewable(session) && this.loadedFor !== session.id) {
          this.load();
        }
      });
    });
  }

  protected load(): void {
    const id = this.session().id;
    this.loadedFor = id;
    this.loadRequest?.unsubscribe();
    this.loadRequest = toLoadState(this.api.forSession(id), { notFound: true })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((state) => this.state.set(state));
  }

  protected formatDate(iso: string | null | undefined): string {
    const date = iso ? new Date(iso) : null;
    return date && !Number.isNaN(date.getTime()) ? this.dateFormat().format(date) : '';
  }

  protected wasEdited(review: Review): boolean {
    return Date.parse(review.updatedAt) - Date.parse(review.createdAt) > 1000;
  }

  /** The rating's message: the server's, else "choose 1–5 stars" once submitted. */
  protected ratingMessage(): FormMessage | null {
    const message = this.feedback.message('rating', this.form.controls.rating);
    return message && !message.text ? { key: 'reviews.form.ratingRequired' } : message;
  }

  protected rate(value: number): void {
    this.form.controls.rating.setValue(value);
    this.form.controls.rating.markAsTouched();
    this.edited('rating');
  }

  protected edited(field: 'rating' | 'comment'): void {
    this.feedback.edited(field);
    this.commentLength.set(this.form.controls.comment.value.length);
  }

  protected edit(): void {
    const review = this.review();
    if (!review || !this.canEdit()) {
      return;
    }
    this.feedback.reset();
    this.done.set(null);
    this.form.reset({ rating: review.rating, comment: review.comment });
    this.commentLength.set(review.comment.length);
    this.editing.set(true);
  }

  protected cancelEdit(): void {
    this.feedback.reset();
    this.editing.set(false);
  }

  protected submit(): void {
    this.done.set(null);
    if (!this.feedback.start(this.form, () => this.formElement()?.nativeElement)) {
      return;
    }
    const { rating, comment } = this.form.getRawValue();
    const draft = { rating, comment: comment.trim() };
    const id = this.session().id;
    const updating = this.review() !== null;
    (updating ? this.api.update(id, draft) : this.api.create(id, draft))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (review) => {
          this.feedback.succeed();
          this.editing.set(false);
          this.state.set({ status: 'ready', value: review });
          this.done.set({ key: updating ? 'reviews.mine.updated' : 'reviews.mine.created' });
        },
        error: (error: unknown) => {
          this.feedback.fail(error);
          if (isConflict(error)) {
            this.reread();
          }
        },
      });
  }

  protected editedReply(): void {
    this.replyFeedback.edited('text');
  }

  protected sendReply(): void {
    const review = this.review();
    this.done.set(null);
    if (
      !review ||
      !this.replyFeedback.start(this.replyText, () => this.replyElement()?.nativeElement)
    ) {
      return;
    }
    this.api
      .reply(review.id, this.replyText.value.trim())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.replyFeedback.succeed();
          this.replyText.reset('');
          this.state.set({ status: 'ready', value: updated });
          this.done.set({ key: 'reviews.reply.sent' });
        },
        error: (error: unknown) => {
          this.replyFeedback.fail(error);
          if (isConflict(error)) {
            this.reread();
          }
        },
      });
  }

  /**
   * After a 409 the server knows better (a review already exists, the edit window closed, the
   * reply was already sent): read the review again quietly, keeping the message on screen.
   */
  private reread(): void {
    this.api
      .forSession(this.session().id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (review) => this.state.set({ status: 'ready', value: review }),
        error: () => undefined,
      });
  }
}

function isConflict(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 409;
}
