import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** One choice of a filter: its value in the URL and its label (a text, or a translation key). */
export interface FilterOption {
  readonly value: string;
  readonly label?: string;
  readonly key?: string;
  readonly params?: Record<string, unknown>;
}

/** Options whose labels are translation keys `<prefix><value>`, e.g. `channels.CHAT`. */
export function keyedOptions(values: readonly string[], prefix: string): FilterOption[] {
  return values.map((value) => ({ value, key: prefix + value }));
}

/**
 * A list filter as a labelled select: "All types" (value `''`) and the options, the one in the
 * URL selected. The select's id is also its test id. Emits the value picked.
 *
 * ```html
 * <app-filter-select selectId="wallet-type" [label]="'wallet.type' | translate"
 *   [allLabel]="'wallet.allTypes' | translate" [options]="typeOptions" [value]="query().type"
 *   (picked)="filterType($event)" />
 * ```
 */
@Component({
  selector: 'app-filter-select',
  imports: [TranslatePipe],
  host: { class: 'field' },
  template: `
    <label class="field__label" [for]="selectId()">{{ label() }}</label>
    <select
      class="select"
      [id]="selectId()"
      [attr.data-testid]="selectId()"
      (change)="pick($event)"
    >
      @if (allLabel(); as all) {
        <option value="" [selected]="value() === ''">{{ all }}</option>
      }
      @for (o of options(); track o.value) {
        <option [value]="o.value" [selected]="value() === o.value">
          {{ o.label ?? (o.key ?? '' | translate: o.params) }}
        </option>
      }
    </select>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterSelect {
  readonly selectId = input.required<string>();
  /** Label text (already translated). */
  readonly label = input.required<string>();
  /** The "no filter" option's text (value `''`); none when absent. */
  readonly allLabel = input<string>();
  readonly options = input.required<readonly FilterOption[]>();
  /** The value in force (`''` for none). */
  readonly value = input.required<string>();
  readonly picked = output<string>();

  protected pick(event: Event): void {
    this.picked.emit((event.target as HTMLSelectElement).value);
  }
}
