import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Rating } from '../../core/experts/expert.model';
import { LanguageService } from '../../core/i18n/language.service';
import { Icon } from '../ui/icon/icon';

/** "★ 4.8 (12)", or "New" for an expert without reviews. */
@Component({
  selector: 'app-expert-rating',
  imports: [TranslatePipe, Icon],
  host: { class: 'rating', '[class.rating--new]': 'rating().count === 0' },
  template: `
    @if (rating().count > 0) {
      <span aria-hidden="true" class="rating__value"
        ><app-icon name="star" />{{ average() }}
        <span class="rating__count">({{ rating().count }})</span></span
      >
      <span class="visually-hidden">{{
        'experts.rating.label' | translate: { average: average(), count: rating().count }
      }}</span>
    } @else {
      {{ 'experts.rating.new' | translate }}
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      font-size: var(--text-sm);
      font-weight: 700;
      white-space: nowrap;
    }
    :host(.rating--new) {
      padding: 0 var(--space-2);
      border-radius: var(--radius-pill);
      background: var(--color-accent-soft);
      color: var(--color-accent-strong);
      font-size: var(--text-xs);
    }
    .rating__value {
      display: inline-flex;
      align-items: center;
      gap: var(--space-1);
    }
    app-icon {
      color: var(--color-star);
    }
    .rating__count {
      color: var(--color-text-muted);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertRating {
  private readonly language = inject(LanguageService);
  readonly rating = input.required<Rating>();

  protected readonly average = computed(() =>
    new Intl.NumberFormat(this.language.lang(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(this.rating().average),
  );
}
