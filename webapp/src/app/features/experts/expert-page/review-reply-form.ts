import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { REVIEW_LIMITS, Review } from '../../../core/reviews/review.model';
import { ReviewsService } from '../../../core/reviews/reviews.service';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { notBlank } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';
import { SubmitButton } from '../../../shared/forms/submit-button';

/**
 * The reviewed expert's public reply to one review (once; 1–2000 characters), under the review in
 * the list. Emits the updated review; server field errors and 409s are shown here.
 */
@Component({
  selector: 'app-review-reply-form',
  imports: [SubmitButton, ReactiveFormsModule, TranslatePipe, Icon, FormField, FieldControl],
  template: `
    @let error = feedback.message('text', text, rule);
    <form
      #formEl
      class="form reply-form"
      novalidate
      [attr.aria-busy]="feedback.sending()"
      (submit)="$event.preventDefault(); send()"
    >
      @if (feedback.alert(); as alert) {
        <div class="alert alert--danger" role="alert" data-testid="review-item-reply-error">
          <app-icon name="alert" />
          <p>{{ alert.text ?? (alert.key | translate: alert.params) }}</p>
        </div>
      }
      <app-form-field
        field="text"
        [inputId]="'review-reply-' + review().id"
        [label]="'reviews.reply.label' | translate"
        [hint]="'reviews.reply.hint' | translate: { max: max }"
        [message]="error"
      >
        <textarea
          appFieldControl
          class="input textarea reply-form__text"
          rows="2"
          required
          data-testid="review-item-reply-text"
          [attr.maxlength]="max"
          [formControl]="text"
          (input)="feedback.edited('text')"
        ></textarea>
      </app-form-field>
      <div class="form__actions">
        <button
          appSubmit
          class="btn btn--primary btn--sm"
          data-testid="review-item-reply-submit"
          [sending]="feedback.sending()"
          [busyLabel]="'reviews.reply.sending' | translate"
        >
          {{ 'reviews.reply.submit' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .reply-form {
      gap: var(--space-3);
    }
    .reply-form__text {
      resize: vertical;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewReplyForm {
  private readonly api = inject(ReviewsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');

  readonly review = input.required<Review>();
  /** The review with its reply (or, after a 409, to read the list again). */
  readonly replied = output<Review | null>();

  protected readonly max = REVIEW_LIMITS.replyMax;
  protected readonly rule = { key: 'reviews.reply.length', params: { max: this.max } };
  protected readonly text = inject(NonNullableFormBuilder).control('', [
    Validators.required,
    Validators.maxLength(this.max),
    notBlank,
  ]);
  protected readonly feedback = new FormFeedback();

  protected send(): void {
    if (!this.feedback.start(this.text, () => this.formElement()?.nativeElement)) {
      return;
    }
    this.api
      .reply(this.review().id, this.text.value.trim())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (review) => {
          this.feedback.succeed();
          this.replied.emit(review);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }
}
