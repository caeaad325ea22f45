import { Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { Observable, distinctUntilChanged, map } from 'rxjs';

import { DashboardQuery } from '../../core/dashboards/dashboard.model';
import { CLOCK } from '../../core/time/clock';
import {
  DEFAULT_PRESET,
  DashboardKind,
  DateRange,
  PeriodPreset,
  periodPresets,
  urlDate,
} from './dashboard-period.model';

/** A dashboard's period, kept in the URL (`?from=&to=`) so that a reload shows the same. */
export interface DashboardPeriod {
  /** The dates of the URL (`''` when absent: the server's default), for each change of the URL. */
  readonly query$: Observable<DashboardQuery>;
  /** The dates shown in the form: the URL's, else the default choice's. */
  readonly shown: Signal<DateRange>;
  readonly presets: readonly PeriodPreset[];
  /** Puts a period into the URL (which loads it). */
  apply(range: DateRange): void;
}

function parse(params: ParamMap): DashboardQuery {
  return { from: urlDate(params.get('from')), to: urlDate(params.get('to')) };
}

/** The period of the routed dashboard page (call in its injection context). */
export function injectDashboardPeriod(kind: DashboardKind): DashboardPeriod {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const presets = periodPresets(kind, inject(CLOCK)());
  const fallback = presets.find((p) => p.id === DEFAULT_PRESET[kind])!;

  const query$ = route.queryParamMap.pipe(
    map(parse),
    distinctUntilChanged((a, b) => a.from === b.from && a.to === b.to),
  );
  const query = toSignal(query$, { initialValue: { from: '', to: '' } });
  const shown = computed<DateRange>(() => ({
    from: query().from || fallback.from,
    to: query().to || fallback.to,
  }));

  return {
    query$,
    shown,
    presets,
    apply: (range) =>
      void router.navigate([], {
        relativeTo: route,
        queryParams: { from: range.from || null, to: range.to || null },
        queryParamsHandling: 'merge',
      }),
  };
}
