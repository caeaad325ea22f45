import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, combineLatest, switchMap } from 'rxjs';

import { AdminCostCentresService } from '../../../core/cost-centres/admin-cost-centres.service';
import { CostCentre } from '../../../core/cost-centres/cost-centre.model';
import { LOADING, LoadState, toLoadState } from '../../../core/http/load-state';
import { LanguageService } from '../../../core/i18n/language.service';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { CostCentreReportView } from '../../cost-centres/report/cost-centre-report';
import { CostCentreForm } from './cost-centre-form';
import { CostCentreMembersEditor } from './cost-centre-members';

/**
 * `/admin/cost-centres/:code`: one cost centre — this month's figures, its settings (saved with
 * PUT), its members and its monthly report with charts and the CSV download.
 */
@Component({
  selector: 'app-admin-cost-centre-detail',
  imports: [
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    LoadFailure,
    StateBox,
    PageNotice,
    CostCentreForm,
    CostCentreMembersEditor,
    CostCentreReportView,
  ],
  templateUrl: './admin-cost-centre-detail.html',
  styleUrl: './admin-cost-centre-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminCostCentreDetail {
  private readonly api = inject(AdminCostCentresService);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  /** Route parameter `:code`. */
  readonly code = input.required<string>();

  protected readonly lang = inject(LanguageService).lang;
  private readonly loaded = toSignal(
    combineLatest([toObservable(this.code), this.reload$]).pipe(
      switchMap(([code]) => toLoadState(this.api.get(code), { notFound: true })),
    ),
    { initialValue: LOADING as LoadState<CostCentre> },
  );
  /** The centre as last saved here (newer than the loaded one). */
  private readonly saved = signal<CostCentre | null>(null);
  protected readonly state = computed<LoadState<CostCentre>>(() => {
    const state = this.loaded();
    const saved = this.saved();
    return state.status === 'ready' && saved?.code === state.value.code
      ? { status: 'ready', value: saved }
      : state;
  });
  protected readonly savedNotice = signal(false);

  protected retry(): void {
    this.reload$.next();
  }

  protected onSaved(centre: CostCentre): void {
    this.saved.set(centre);
    this.savedNotice.set(true);
  }

  /** After the members were saved: the count in the figures follows. */
  protected onMembersChanged(count: number): void {
    const state = this.state();
    if (state.status === 'ready') {
      this.saved.set({ ...state.value, memberCount: count });
    }
  }
}
