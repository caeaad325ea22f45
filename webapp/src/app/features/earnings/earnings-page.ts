import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, map } from 'rxjs';

import { EarningSession, Earnings, EarningsQuery } from '../../core/billing/billing.model';
import { BillingService } from '../../core/billing/billing.service';
import { loadEachQuery } from '../../core/http/load-each-query';
import { pagingOf } from '../../core/http/paging';
import { UserMessage } from '../../core/http/problem';
import { LanguageService } from '../../core/i18n/language.service';
import { formatClock, timeOf } from '../../core/time/clock';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { CHANNEL_ICONS } from '../../shared/experts/expert-rates';
import { Icon } from '../../shared/ui/icon/icon';

/** One row: a paid session with its date and duration ready to show. */
interface Row {
  session: EarningSession;
  date: string;
  duration: string | null;
}

/**
 * `/earnings` (EXPERT only): what is available and what was earned in all, and the paid sessions,
 * newest first, paged (`?page=`, 0-based like the API; `?currency=` picks another currency).
 */
@Component({
  selector: 'app-earnings-page',
  imports: [RouterLink, TranslatePipe, Icon, MoneyPipe],
  templateUrl: './earnings-page.html',
  styleUrl: './earnings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class EarningsPage {
  private readonly api = inject(BillingService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = this.language.lang;
  protected readonly icons = CHANNEL_ICONS;
  protected readonly result = signal<Earnings | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UserMessage | null>(null);

  private readonly sessions = computed(() => this.result()?.sessions ?? null);
  private readonly paging = pagingOf(this.sessions);
  protected readonly pages = this.paging.pages;
  protected readonly range = this.paging.range;
  protected readonly hasPrev = this.paging.hasPrev;
  protected readonly hasNext = this.paging.hasNext;

  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  protected readonly rows = computed<Row[]>(() => {
    const format = this.dateFormat();
    return (this.sessions()?.items ?? []).map((session) => {
      const started = timeOf(session.startedAt);
      const ended = timeOf(session.endedAt);
      return {
        session,
        date: Number.isNaN(started) ? '' : format.format(started),
        duration:
          Number.isNaN(started) || Number.isNaN(ended)
            ? null
            : formatClock(ended - started, { pad: true }),
      };
    });
  });

  constructor() {
    loadEachQuery({
      query$: this.route.queryParamMap.pipe(map(parseQuery)),
      reload$: this.reload$,
      load: (query) => this.api.earnings(query),
      loading: this.loading,
      error: this.loadError,
      onPage: (earnings) => {
        if (earnings) {
          this.result.set(earnings);
        }
      },
    });
  }

  protected retry(): void {
    this.reload$.next();
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: page > 0 ? page : null },
      queryParamsHandling: 'merge',
    });
  }
}

function parseQuery(params: ParamMap): EarningsQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const currency = (params.get('currency') ?? '').trim().toUpperCase();
  return {
    page: Number.isFinite(page) && page > 0 ? page : 0,
    ...(/^[A-Z]{3}$/.test(currency) ? { currency } : {}),
  };
}
