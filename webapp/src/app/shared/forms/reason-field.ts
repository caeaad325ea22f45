import {
  ChangeDetectionStrategy,
  Component,
  booleanAttribute,
  computed,
  input,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { FieldError } from './field-error';
import { FormMessage } from './form-messages';

/**
 * The reason an administrator gives when confirming a decision (reject a profile, hide or restore
 * a review): its text, its limit and what is wrong with it. Texts: `<texts>.reason`,
 * `<texts>.reasonHint`, `<texts>.reasonRequired`, `<texts>.reasonLength`.
 */
export class ReasonInput {
  readonly control = new FormControl('', { nonNullable: true });
  readonly error = signal<FormMessage | null>(null);
  private readonly lengthSignal = signal(0);
  /** Characters typed so far (the counter). */
  readonly length = this.lengthSignal.asReadonly();

  constructor(
    readonly max: number,
    readonly texts: string,
  ) {
    this.control.valueChanges.subscribe((value) => this.lengthSignal.set(value.length));
  }

  reset(): void {
    this.control.setValue('');
    this.error.set(null);
  }

  edited(): void {
    this.error.set(null);
  }

  /** The trimmed reason; null, with the error set, when it is empty or too long. */
  checked(): string | null {
    const reason = this.control.value.trim();
    if (reason === '') {
      this.error.set({ key: `${this.texts}.reasonRequired` });
      return null;
    }
    if (reason.length > this.max) {
      this.error.set({ key: `${this.texts}.reasonLength`, params: { max: this.max } });
      return null;
    }
    return reason;
  }
}

/**
 * The reason's box inside a confirmation dialog: label, textarea (focused first), hint with the
 * limit and the error; with `counter`, the characters typed of the limit ("12 / 500", test id
 * `<inputId>-counter`). The textarea's id is also its test id.
 *
 * ```html
 * <app-reason-field inputId="review-moderation-reason" [reason]="reason" />
 * ```
 */
@Component({
  selector: 'app-reason-field',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError],
  host: { class: 'field reason-field' },
  template: `
    @let r = reason();
    <label class="field__label" [for]="inputId()">{{ r.texts + '.reason' | translate }}</label>
    <textarea
      class="input textarea"
      rows="3"
      data-autofocus
      required
      [id]="inputId()"
      [attr.data-testid]="inputId()"
      [attr.aria-describedby]="describedBy()"
      [attr.maxlength]="r.max"
      [attr.aria-invalid]="r.error() !== null"
      [formControl]="r.control"
      (input)="r.edited()"
    ></textarea>
    <div class="reason-field__notes">
      <p class="field__hint" [id]="inputId() + '-hint'">
        {{ r.texts + '.reasonHint' | translate: { max: r.max } }}
      </p>
      @if (counter()) {
        <p
          class="field__hint reason-field__counter"
          [class.reason-field__counter--near]="r.length() > r.max * 0.9"
          [id]="inputId() + '-counter'"
          [attr.data-testid]="inputId() + '-counter'"
        >
          {{ 'form.counter' | translate: { count: r.length(), max: r.max } }}
        </p>
      }
    </div>
    <app-field-error field="reason" [errorId]="inputId() + '-error'" [message]="r.error()" />
  `,
  styles: `
    :host {
      margin-block-start: var(--space-4);
    }
    .reason-field__notes {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--space-3);
    }
    .reason-field__counter {
      flex: none;
      font-variant-numeric: tabular-nums;
    }
    .reason-field__counter--near {
      color: var(--color-warning);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonField {
  readonly inputId = input.required<string>();
  readonly reason = input.required<ReasonInput>();
  /** Shows how many characters of the limit are used. */
  readonly counter = input(false, { transform: booleanAttribute });

  protected readonly describedBy = computed(() => {
    const id = this.inputId();
    return `${id}-error ${id}-hint` + (this.counter() ? ` ${id}-counter` : '');
  });
}
