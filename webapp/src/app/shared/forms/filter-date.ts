import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * A list filter as a labelled date (yyyy-mm-dd), the one in the URL shown; the range's other end,
 * when set, bounds what the browser offers (`min`/`max`). The input's id is also its test id.
 * Emits the date picked (`''` when cleared).
 *
 * ```html
 * <app-filter-date inputId="wallet-from" [label]="'wallet.from' | translate" describedBy="wallet-dates-hint"
 *   [value]="query().from" [max]="query().to" (picked)="filterDate('from', $event)" />
 * ```
 */
@Component({
  selector: 'app-filter-date',
  host: { class: 'field' },
  template: `
    <label class="field__label" [for]="inputId()">{{ label() }}</label>
    <input
      class="input"
      type="date"
      [id]="inputId()"
      [attr.data-testid]="inputId()"
      [attr.aria-describedby]="describedBy() || null"
      [value]="value()"
      [attr.min]="min() || null"
      [attr.max]="max() || null"
      (change)="pick($event)"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterDate {
  readonly inputId = input.required<string>();
  /** Label text (already translated). */
  readonly label = input.required<string>();
  /** The date in force (`''` for none). */
  readonly value = input.required<string>();
  readonly min = input('');
  readonly max = input('');
  /** Id of the hint that explains the dates (time zone, inclusive ends). */
  readonly describedBy = input('');
  readonly picked = output<string>();

  protected pick(event: Event): void {
    this.picked.emit((event.target as HTMLInputElement).value);
  }
}
