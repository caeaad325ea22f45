import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * What an empty page of a filtered list says (in its `appListEmpty` template): "Nothing matches
 * these filters" and "Clear filters" while some filter is set, else "Nothing yet". Texts
 * `<texts>.emptyFiltered`, `<texts>.clear` and `<texts>.empty`.
 *
 * ```html
 * <ng-template appListEmpty icon="shield">
 *   <app-filtered-empty texts="adminAudit" [filtered]="hasFilters()" (cleared)="clearFilters()" />
 * </ng-template>
 * ```
 */
@Component({
  selector: 'app-filtered-empty',
  imports: [TranslatePipe],
  template: `
    @if (filtered()) {
      <p class="state-box__title">{{ texts() + '.emptyFiltered' | translate }}</p>
      <button type="button" class="btn btn--secondary" (click)="cleared.emit()">
        {{ texts() + '.clear' | translate }}
      </button>
    } @else {
      <p class="state-box__title">{{ texts() + '.empty' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilteredEmpty {
  /** Translation prefix of `.empty`, `.emptyFiltered` and `.clear`. */
  readonly texts = input.required<string>();
  /** Some filter is set. */
  readonly filtered = input.required<boolean>();
  readonly cleared = output<void>();
}
