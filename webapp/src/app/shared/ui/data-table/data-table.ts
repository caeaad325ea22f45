import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A column of a data table: its heading's translation key, or the key with how it shows:
 * `numeric` (right-aligned figures) or `hidden` (a heading for screen readers only, e.g. the
 * actions column).
 */
export type TableColumn = string | { key: string; numeric?: boolean; hidden?: boolean };

/**
 * The caption (for screen readers) and the column headings of a `<table>`; the page writes the
 * `<tbody>`. Style it with `.data-table` (cards with labelled values on narrow screens: give
 * each cell `data-label`).
 *
 * ```html
 * <table class="data-table" appDataTable caption="wallet.caption" [columns]="columns">
 *   <tbody>…</tbody>
 * </table>
 * ```
 */
@Component({
  selector: 'table[appDataTable]',
  imports: [TranslatePipe],
  template: `
    <caption class="visually-hidden">
      {{
        caption() | translate
      }}
    </caption>
    <thead>
      <tr>
        @for (column of headings(); track column.key) {
          <th scope="col" [class.data-table__num]="column.numeric">
            @if (column.hidden) {
              <span class="visually-hidden">{{ column.key | translate }}</span>
            } @else {
              {{ column.key | translate }}
            }
          </th>
        }
      </tr>
    </thead>
    <ng-content />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTable {
  /** Translation key of the caption. */
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly TableColumn[]>();

  protected readonly headings = computed(() =>
    this.columns().map((column) => (typeof column === 'string' ? { key: column } : column)),
  );
}
