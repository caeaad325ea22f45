import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from '../../core/i18n/language.service';

/** The star outline shared by the display and the rating form. */
export const STAR_PATH = 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3l-5.5 2.9 1-6.2L3 9.6l6.2-.9z';

/**
 * Read-only stars ("★★★★☆"), announced as "4 of 5 stars" (`role="img"`,
 * `data-testid="star-rating"`, `data-rating`). The drawing rounds to the nearest whole star.
 */
@Component({
  selector: 'app-star-rating',
  imports: [TranslatePipe],
  host: { '[class.stars--sm]': "size() === 'sm'" },
  template: `
    <span
      class="stars"
      role="img"
      data-testid="star-rating"
      [attr.data-rating]="value()"
      [attr.aria-label]="'reviews.stars' | translate: { value: label() }"
    >
      @for (filled of shape(); track $index) {
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
          class="stars__star"
          [class.stars__star--on]="filled"
        >
          <path [attr.d]="path" />
        </svg>
      }
    </span>
  `,
  styles: `
    :host {
      display: inline-flex;
      font-size: var(--text-lg);
      line-height: 1;
    }
    .stars {
      display: inline-flex;
      align-items: center;
      gap: 0.1em;
    }
    :host(.stars--sm) {
      font-size: var(--text-sm);
    }
    .stars__star {
      inline-size: 1em;
      block-size: 1em;
      fill: none;
      stroke: var(--color-border-strong);
      stroke-width: 2;
      stroke-linejoin: round;
    }
    .stars__star--on {
      fill: var(--color-star);
      stroke: var(--color-star);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StarRating {
  private readonly lang = inject(LanguageService).lang;
  /** 0–5 (e.g. 4 or 4.5). */
  readonly value = input.required<number>();
  readonly size = input<'sm' | 'md'>('md');

  protected readonly path = STAR_PATH;
  protected readonly rounded = computed(() => Math.max(0, Math.min(5, Math.round(this.value()))));
  protected readonly shape = computed(() => [1, 2, 3, 4, 5].map((n) => n <= this.rounded()));
  /** The value as spoken in the UI language: "4", "4.5" / "4,5". */
  protected readonly label = computed(() =>
    new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 1 }).format(this.value()),
  );
}
