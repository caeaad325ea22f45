import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { toUserMessage } from '../../../core/http/problem';
import { dropFromPage, urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { AdminPaymentsService } from '../../../core/payments/admin-payments.service';
import {
  AdminPayout,
  PAYMENT_TEXT_MAX,
  PAYOUT_STATUSES,
  PayoutStatus,
} from '../../../core/payments/payments.model';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { FieldError } from '../../../shared/forms/field-error';
import { FormMessage } from '../../../shared/forms/form-messages';
import { ReasonField, ReasonInput } from '../../../shared/forms/reason-field';
import { PaymentStatusBadge } from '../../../shared/payments/payment-status-badge';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { ADMIN_PAYOUTS_QUERY } from './admin-payouts-query';

type Decision = 'approve' | 'reject';

const COLUMNS: readonly TableColumn[] = [
  'adminPayments.payouts.requested',
  'adminPayments.payouts.expert',
  'adminPayments.payouts.method',
  'adminPayments.payouts.status',
  { key: 'adminPayments.payouts.amount', numeric: true },
  { key: 'adminPayments.payouts.actions', hidden: true },
];

/**
 * `/admin/payouts`: the payout queue by status (tabs in the URL, `?status=&page=`, REQUESTED by
 * default), oldest first. A requested payout is approved (with a reference, required for MANUAL:
 * it is then paid) or rejected (with a reason: the amount goes back to the expert's earnings),
 * each after a confirmation.
 */
@Component({
  selector: 'app-admin-payouts',
  imports: [
    DateTimePipe,
    PageHero,
    PageNotice,
    RouterLink,
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    MoneyPipe,
    PaymentStatusBadge,
    ConfirmDialog,
    ReasonField,
    FieldError,
    PagedList,
    DataTable,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './admin-payouts.html',
  styleUrl: './admin-payouts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminPayouts {
  private readonly api = inject(AdminPaymentsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly statuses = PAYOUT_STATUSES;
  protected readonly columns = COLUMNS;
  protected readonly list = urlList({
    ...ADMIN_PAYOUTS_QUERY,
    load: ({ status, page }) => this.api.payouts(status, page),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly notice = signal<{ key: string; name: string } | null>(null);
  protected readonly pending = signal<{ payout: AdminPayout; decision: Decision } | null>(null);
  protected readonly deciding = signal(false);
  protected readonly decisionError = signal<FormMessage | null>(null);
  protected readonly reason = new ReasonInput(PAYMENT_TEXT_MAX, 'adminPayments.reject');
  protected readonly reference = new FormControl('', { nonNullable: true });
  protected readonly referenceError = signal<FormMessage | null>(null);
  protected readonly referenceMax = PAYMENT_TEXT_MAX;

  protected tabParams(status: PayoutStatus) {
    return ADMIN_PAYOUTS_QUERY.params({ status, page: 0 });
  }

  protected ask(payout: AdminPayout, decision: Decision): void {
    this.notice.set(null);
    this.reason.reset();
    this.reference.setValue('');
    this.referenceError.set(null);
    this.decisionError.set(null);
    this.pending.set({ payout, decision });
  }

  protected cancel(): void {
    if (!this.deciding()) {
      this.pending.set(null);
    }
  }

  protected confirm(): void {
    const pending = this.pending();
    if (!pending || this.deciding()) {
      return;
    }
    const request = this.decisionRequest(pending.payout, pending.decision);
    if (!request) {
      return;
    }
    this.deciding.set(true);
    this.decisionError.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.deciding.set(false);
        this.pending.set(null);
        dropFromPage(this.list, pending.payout.id);
        const key = pending.decision === 'approve' ? 'approved' : 'rejected';
        this.notice.set({ key: `adminPayments.payouts.${key}`, name: pending.payout.expertName });
      },
      error: (error: unknown) => {
        this.deciding.set(false);
        const message = toUserMessage(error);
        this.decisionError.set({ text: message.text, key: message.key });
      },
    });
  }

  protected referenceEdited(): void {
    this.referenceError.set(null);
  }

  /** The request for a decision, or null (the field in the way focused) when its text is missing. */
  private decisionRequest(payout: AdminPayout, decision: Decision): Observable<AdminPayout> | null {
    if (decision === 'reject') {
      const reason = this.reason.checked();
      if (reason === null) {
        this.document.getElementById('admin-payout-reject-reason')?.focus();
        return null;
      }
      return this.api.reject(payout.id, reason);
    }
    const reference = this.reference.value.trim();
    if (payout.method === 'MANUAL' && reference === '') {
      this.referenceError.set({ key: 'adminPayments.approve.referenceRequired' });
      this.document.getElementById('admin-payout-reference')?.focus();
      return null;
    }
    return this.api.approve(payout.id, reference || undefined);
  }
}
