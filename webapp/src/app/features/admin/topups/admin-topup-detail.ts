import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, combineLatest, map, switchMap } from 'rxjs';

import { LOADING, LoadState, toLoadState } from '../../../core/http/load-state';
import { toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { AdminPaymentsService } from '../../../core/payments/admin-payments.service';
import { AdminTopup, PAYMENT_TEXT_MAX, Refund } from '../../../core/payments/payments.model';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { FormMessage } from '../../../shared/forms/form-messages';
import { ReasonField, ReasonInput } from '../../../shared/forms/reason-field';
import { PaymentStatusBadge } from '../../../shared/payments/payment-status-badge';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { RefundForm } from './refund-form';

const REFUND_COLUMNS: readonly TableColumn[] = [
  'adminPayments.detail.date',
  'adminPayments.detail.status',
  'adminPayments.detail.reason',
  { key: 'adminPayments.detail.amount', numeric: true },
];
const EVENT_COLUMNS: readonly TableColumn[] = [
  'adminPayments.detail.received',
  'adminPayments.detail.eventType',
  'adminPayments.detail.eventId',
  'adminPayments.detail.outcome',
];

/**
 * `/admin/topups/:id`: one top-up with its client, amounts (refunded, still refundable), the flag
 * an event raised (Resolve, with a note, after a confirmation), the Refund form (while it is paid
 * and something is refundable), its refunds and the provider events recorded for it.
 */
@Component({
  selector: 'app-admin-topup-detail',
  imports: [
    DateTimePipe,
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    PaymentStatusBadge,
    ConfirmDialog,
    ReasonField,
    DataTable,
    LoadFailure,
    StateBox,
    PageNotice,
    RefundForm,
  ],
  templateUrl: './admin-topup-detail.html',
  styleUrl: './admin-topup-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminTopupDetail {
  private readonly api = inject(AdminPaymentsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = inject(LanguageService).lang;
  private readonly id = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
    { requireSync: true },
  );
  protected readonly refundColumns = REFUND_COLUMNS;
  protected readonly eventColumns = EVENT_COLUMNS;
  protected readonly state = signal<LoadState<AdminTopup>>(LOADING);
  protected readonly notice = signal<{ key: string; refund?: Refund } | null>(null);
  protected readonly resolving = signal(false);
  protected readonly resolveOpen = signal(false);
  protected readonly resolveError = signal<FormMessage | null>(null);
  protected readonly note = new ReasonInput(PAYMENT_TEXT_MAX, 'adminPayments.resolve');
  /** Paid, and something is left to refund. */
  protected readonly refundable = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') {
      return false;
    }
    const { status, refundable } = state.value;
    return (status === 'SUCCEEDED' || status === 'PARTIALLY_REFUNDED') && refundable > 0;
  });

  constructor() {
    combineLatest([toObservable(this.id), this.reload$])
      .pipe(
        switchMap(([id]) => toLoadState(this.api.topup(id), { notFound: true })),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        // A reload after an action keeps the top-up on screen until the new one is there.
        if (state.status !== 'loading' || this.state().status !== 'ready') {
          this.state.set(state);
        }
      });
  }

  protected retry(): void {
    this.state.set(LOADING);
    this.reload$.next();
  }

  protected refunded(refund: Refund): void {
    // a refund the provider already confirmed says so; one still under way says it completes later
    const key =
      refund.status === 'SUCCEEDED'
        ? 'adminPayments.refund.refunded'
        : refund.status === 'FAILED'
          ? 'adminPayments.refund.failed'
          : 'adminPayments.refund.done';
    this.notice.set({ key, refund });
    this.reload$.next();
  }

  protected askResolve(): void {
    this.notice.set(null);
    this.note.reset();
    this.resolveError.set(null);
    this.resolveOpen.set(true);
  }

  protected cancelResolve(): void {
    if (!this.resolving()) {
      this.resolveOpen.set(false);
    }
  }

  protected confirmResolve(): void {
    const note = this.note.checked();
    if (note === null) {
      this.document.getElementById('admin-topup-resolve-note')?.focus();
      return;
    }
    this.resolving.set(true);
    this.resolveError.set(null);
    this.api
      .resolve(this.id(), note)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (topup) => {
          this.resolving.set(false);
          this.resolveOpen.set(false);
          this.state.set({ status: 'ready', value: { ...this.current(), ...topup } });
          this.notice.set({ key: 'adminPayments.resolve.done' });
        },
        error: (error: unknown) => {
          this.resolving.set(false);
          const message = toUserMessage(error);
          this.resolveError.set({ text: message.text, key: message.key });
        },
      });
  }

  /** The top-up shown (its refunds and events stay when an answer leaves them out). */
  private current(): Partial<AdminTopup> {
    const state = this.state();
    return state.status === 'ready' ? state.value : {};
  }
}
