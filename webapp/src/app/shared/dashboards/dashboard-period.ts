import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { isIsoDate } from '../../core/billing/billing.model';
import { DateRangeChange, FilterDateRange } from '../forms/filter-date';
import { FilterOption, FilterSelect } from '../forms/filter-select';
import { DateRange, PeriodPreset, presetOf } from './dashboard-period.model';

const CUSTOM = 'custom';

/**
 * A dashboard's period: a choice of preset periods (picked: applied at once) and the dates from
 * and to (applied with the button). Test ids: `dashboard-preset`, `dashboard-from`,
 * `dashboard-to`, `dashboard-apply`. Emits the period to show.
 *
 * ```html
 * <app-dashboard-period [presets]="period.presets" [range]="period.shown()" (applied)="period.apply($event)" />
 * ```
 */
@Component({
  selector: 'app-dashboard-period',
  imports: [TranslatePipe, FilterSelect, FilterDateRange],
  template: `
    <form
      class="card period"
      novalidate
      data-testid="dashboard-period"
      [attr.aria-label]="'dashboards.period.label' | translate"
      (submit)="$event.preventDefault(); apply()"
    >
      <app-filter-select
        selectId="dashboard-preset"
        [label]="'dashboards.period.preset' | translate"
        [options]="options()"
        [value]="chosen()"
        (picked)="pick($event)"
      />
      <app-filter-date-range
        idPrefix="dashboard"
        texts="dashboards.period"
        [from]="from()"
        [to]="to()"
        (picked)="setDate($event)"
      />
      <div class="period__actions">
        <button type="submit" class="btn btn--primary" data-testid="dashboard-apply">
          {{ 'dashboards.period.apply' | translate }}
        </button>
      </div>
      <p id="dashboard-dates-hint" class="field__hint period__hint">
        {{ 'dashboards.period.hint' | translate }}
      </p>
      @if (invalid()) {
        <p class="field__error period__hint" role="alert" data-testid="dashboard-period-error">
          {{ 'dashboards.period.invalid' | translate }}
        </p>
      }
    </form>
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
    }
    .period {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      align-items: end;
      gap: var(--space-3) var(--space-4);
      padding: var(--space-4) var(--space-5);
      @media (max-width: 48rem) {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      @media (max-width: 30rem) {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .period__actions {
      display: flex;
      align-items: end;
    }
    .period__hint {
      grid-column: 1 / -1;
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPeriod {
  readonly presets = input.required<readonly PeriodPreset[]>();
  /** The period shown. */
  readonly range = input.required<DateRange>();
  readonly applied = output<DateRange>();

  /** The dates being edited (back to the period shown whenever it changes). */
  protected readonly from = linkedSignal(() => this.range().from);
  protected readonly to = linkedSignal(() => this.range().to);
  protected readonly invalid = signal(false);

  protected readonly options = computed<FilterOption[]>(() => [
    ...this.presets().map((p) => ({ value: p.id, key: p.label })),
    { value: CUSTOM, key: 'dashboards.period.presets.custom' },
  ]);
  protected readonly chosen = computed(
    () => presetOf(this.presets(), { from: this.from(), to: this.to() })?.id ?? CUSTOM,
  );

  protected pick(id: string): void {
    const preset = this.presets().find((p) => p.id === id);
    if (preset) {
      this.from.set(preset.from);
      this.to.set(preset.to);
      this.apply();
    }
  }

  protected setDate(change: DateRangeChange): void {
    if ('from' in change) {
      this.from.set(change.from);
    } else {
      this.to.set(change.to);
    }
  }

  protected apply(): void {
    const range = { from: this.from(), to: this.to() };
    const valid = isIsoDate(range.from) && isIsoDate(range.to) && range.from <= range.to;
    this.invalid.set(!valid);
    if (valid) {
      this.applied.emit(range);
    }
  }
}
