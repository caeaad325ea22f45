import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, of } from 'rxjs';

import { DeskService } from '../../../core/desk/desk.service';
import { CategoriesService } from '../../../core/experts/categories.service';
import { localized } from '../../../core/experts/localized';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../../shared/ui/state-box/state-box';

const COLUMNS: readonly TableColumn[] = [
  'adminDesk.category',
  { key: 'adminDesk.waiting', numeric: true },
  { key: 'adminDesk.picked', numeric: true },
  { key: 'adminDesk.cancelled', numeric: true },
  { key: 'adminDesk.expired', numeric: true },
  { key: 'adminDesk.p50', numeric: true },
  { key: 'adminDesk.p90', numeric: true },
];

/** A wait in seconds as "45 s", "3 min 05 s"; '—' without one. */
export function waitText(seconds: number | null | undefined): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    return '—';
  }
  const whole = Math.round(seconds);
  if (whole < 60) {
    return `${whole} s`;
  }
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/**
 * `/admin/desk`: today's "Ask the desk" figures per category (waiting now, picked, cancelled,
 * expired, and the median and 90th-percentile waits before a pick), with Refresh; categories by
 * their names (an unknown slug shows as is).
 */
@Component({
  selector: 'app-admin-desk',
  imports: [TranslatePipe, Icon, DataTable, LoadView, Loaded, StateBox, PageHero],
  templateUrl: './admin-desk.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      padding-block-end: clamp(2rem, 6vw, 4rem);
    }
    .admin-desk__bar {
      display: flex;
      justify-content: flex-end;
    }
    .is-loading {
      opacity: 0.6;
    }
  `,
})
export default class AdminDesk {
  private readonly api = inject(DeskService);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly figures = loadEachQuery(of(null), { load: () => this.api.figures() });
  protected readonly wait = waitText;
  private readonly categories = toSignal(
    inject(CategoriesService)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  private readonly names = computed(() => {
    const lang = this.lang();
    return new Map(this.categories().map((c) => [c.slug, localized(c.name, lang) || c.slug]));
  });

  protected categoryName(slug: string): string {
    return this.names().get(slug) ?? slug;
  }
}
