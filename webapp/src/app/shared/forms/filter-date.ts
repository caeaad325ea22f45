import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

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

/** The end of a date range just picked: `{ from }` or `{ to }` (`''` when cleared). */
export type DateRangeChange = { readonly from: string } | { readonly to: string };

/**
 * A list's date range filters, "From" and "To" (`<texts>.from`, `<texts>.to`), each bounding the
 * other, described by the hint `<idPrefix>-dates-hint`. The inputs' ids (and test ids) are
 * `<idPrefix>-from` and `<idPrefix>-to`. Emits the end picked.
 *
 * ```html
 * <app-filter-date-range idPrefix="wallet" texts="wallet" [from]="query().from" [to]="query().to"
 *   (picked)="filterDates($event)" />
 * ```
 */
@Component({
  selector: 'app-filter-date-range',
  imports: [FilterDate, TranslatePipe],
  template: `
    <app-filter-date
      [inputId]="idPrefix() + '-from'"
      [describedBy]="idPrefix() + '-dates-hint'"
      [label]="texts() + '.from' | translate"
      [value]="from()"
      [max]="to()"
      (picked)="picked.emit({ from: $event })"
    />
    <app-filter-date
      [inputId]="idPrefix() + '-to'"
      [describedBy]="idPrefix() + '-dates-hint'"
      [label]="texts() + '.to' | translate"
      [value]="to()"
      [min]="from()"
      (picked)="picked.emit({ to: $event })"
    />
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterDateRange {
  readonly idPrefix = input.required<string>();
  /** Translation prefix of `.from` and `.to`. */
  readonly texts = input.required<string>();
  /** The dates in force (`''` for none). */
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  readonly picked = output<DateRangeChange>();
}
