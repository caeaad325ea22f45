import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { STAR_PATH } from './star-rating';

/**
 * Choosing 1–5 stars: a radio group of star buttons (`role="radiogroup"`, each `role="radio"` with
 * `aria-checked`, test ids `<testIdPrefix>-1` … `-5`). One tab stop (the chosen star, else the
 * first); arrow keys, Home and End move the choice like native radios; Space/Enter and clicks pick.
 */
@Component({
  selector: 'app-star-input',
  imports: [TranslatePipe],
  template: `
    <div
      class="star-input"
      role="radiogroup"
      tabindex="-1"
      [attr.aria-labelledby]="labelledBy()"
      [attr.aria-describedby]="describedBy()"
      [attr.aria-invalid]="invalid()"
      [attr.aria-disabled]="disabled() || null"
      (keydown)="onKeydown($event)"
    >
      @for (n of stars; track n) {
        <button
          type="button"
          role="radio"
          class="star-input__star"
          [class.star-input__star--on]="n <= value()"
          [attr.aria-checked]="n === value()"
          [attr.aria-label]="
            (n === 1 ? 'reviews.starOne' : 'reviews.starMany') | translate: { count: n }
          "
          [attr.data-testid]="testIdPrefix() + '-' + n"
          [attr.data-value]="n"
          [tabIndex]="n === focusable() ? 0 : -1"
          [disabled]="disabled()"
          (click)="pick(n)"
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path [attr.d]="path" />
          </svg>
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .star-input {
      display: inline-flex;
      gap: var(--space-1);
      border-radius: var(--radius-md);
    }
    .star-input__star {
      display: inline-grid;
      place-items: center;
      inline-size: 2.75rem;
      block-size: 2.75rem;
      padding: var(--space-1);
      border: 0;
      border-radius: var(--radius-md);
      background: transparent;
      cursor: pointer;
      svg {
        inline-size: 100%;
        block-size: 100%;
        fill: none;
        stroke: var(--color-border-strong);
        stroke-width: 1.75;
        stroke-linejoin: round;
        transition:
          fill 120ms ease,
          transform 120ms ease;
      }
      &:hover svg {
        transform: scale(1.08);
      }
      &:focus-visible {
        outline: 3px solid var(--color-focus);
        outline-offset: 1px;
      }
      &:disabled {
        cursor: default;
      }
    }
    .star-input__star--on svg {
      fill: var(--color-star);
      stroke: var(--color-star);
    }
    @media (prefers-reduced-motion: reduce) {
      .star-input__star svg {
        transition: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StarInput {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The chosen stars, 0 for none. */
  readonly value = input(0);
  readonly invalid = input(false);
  readonly disabled = input(false);
  readonly labelledBy = input<string | null>(null);
  readonly describedBy = input<string | null>(null);
  readonly testIdPrefix = input('star-input');
  readonly picked = output<number>();

  protected readonly stars = [1, 2, 3, 4, 5];
  protected readonly path = STAR_PATH;
  protected readonly focusable = computed(() => (this.value() >= 1 ? this.value() : 1));

  protected pick(n: number): void {
    if (!this.disabled()) {
      this.picked.emit(n);
    }
  }

  protected onKeydown(event: KeyboardEvent): void {
    const current = this.value() >= 1 ? this.value() : 0;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = current >= 5 ? 1 : current + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = current <= 1 ? 5 : current - 1;
        break;
      case 'Home':
        next = 1;
        break;
      case 'End':
        next = 5;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.pick(next);
    this.host.nativeElement
      .querySelector<HTMLButtonElement>(`.star-input__star[data-value="${next}"]`)
      ?.focus();
  }
}
