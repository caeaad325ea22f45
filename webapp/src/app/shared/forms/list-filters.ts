import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A list's filters card (`role="search"`): the fields it projects, three a row, then a foot with
 * the hint (`hintId`, for the fields' `describedBy`), "Clear filters" (while `canClear`) and
 * "Apply" (for the text boxes, also Enter). Test ids `<testId>-clear` and `<testId>-apply`;
 * texts `<texts>.clear`, `<texts>.apply` and `<texts>.hint` (or `hintKey`).
 *
 * ```html
 * <form appListFilters testId="audit" texts="adminAudit" hintId="audit-dates-hint"
 *   [label]="'adminAudit.filters' | translate" [canClear]="hasFilters()"
 *   (applied)="apply()" (cleared)="clearFilters()">
 *   <app-filter-text … /> <app-filter-date … describedBy="audit-dates-hint" />
 * </form>
 * ```
 */
@Component({
  selector: 'form[appListFilters]',
  imports: [TranslatePipe],
  host: {
    class: 'card filters',
    role: 'search',
    novalidate: '',
    '[attr.aria-label]': 'label()',
    '(submit)': 'submit($event)',
  },
  template: `
    <ng-content />
    <div class="filters__foot">
      <p class="field__hint" [id]="hintId()">{{ hintKey() ?? texts() + '.hint' | translate }}</p>
      <div class="form__actions">
        @if (canClear()) {
          <button
            type="button"
            class="btn btn--ghost"
            [attr.data-testid]="testId() + '-clear'"
            (click)="cleared.emit()"
          >
            {{ texts() + '.clear' | translate }}
          </button>
        }
        <button type="submit" class="btn btn--secondary" [attr.data-testid]="testId() + '-apply'">
          {{ texts() + '.apply' | translate }}
        </button>
      </div>
    </div>
  `,
  styleUrl: './list-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListFilters {
  readonly testId = input.required<string>();
  /** Translation prefix of `.clear`, `.apply` and `.hint`. */
  readonly texts = input.required<string>();
  /** The form's accessible name (already translated). */
  readonly label = input.required<string>();
  readonly hintId = input.required<string>();
  /** Translation key of the hint, when it is not `<texts>.hint`. */
  readonly hintKey = input<string>();
  /** Some filter is set: "Clear filters" shows. */
  readonly canClear = input.required<boolean>();
  /** "Apply" or Enter: the text boxes' values are to go into the query. */
  readonly applied = output<void>();
  readonly cleared = output<void>();

  protected submit(event: Event): void {
    event.preventDefault();
    this.applied.emit();
  }
}
