import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, Observable, combineLatest, map, switchMap } from 'rxjs';

import { LOADING, toLoadState } from '../../../core/http/load-state';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { Topup, isPending } from '../../../core/payments/payments.model';
import { PaymentsService } from '../../../core/payments/payments.service';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { PaymentStatusBadge } from '../../../shared/payments/payment-status-badge';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { StateBox } from '../../../shared/ui/state-box/state-box';

type DemoAction = 'pay' | 'cancel';

/**
 * `/wallet/topups/:id/demo-pay`: the DEMO provider's payment page, clearly "no real money". Pay
 * or Cancel go through the same signed event path as real providers
 * (`POST /api/payments/demo/topups/{id}/pay|cancel`), then on to the return page, as a provider
 * would send the client back.
 */
@Component({
  selector: 'app-demo-pay',
  imports: [RouterLink, TranslatePipe, Icon, MoneyPipe, PaymentStatusBadge, LoadFailure, StateBox],
  templateUrl: './demo-pay.html',
  styleUrl: './demo-pay.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DemoPay {
  private readonly api = inject(PaymentsService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = inject(LanguageService).lang;
  private readonly id = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
    { requireSync: true },
  );
  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), this.reload$]).pipe(
      switchMap(([id]) => toLoadState(this.api.topup(id), { notFound: true })),
    ),
    { initialValue: LOADING },
  );
  protected readonly isPending = isPending;
  /** The button pressed, while its request is out. */
  protected readonly acting = signal<DemoAction | null>(null);
  protected readonly actionError = signal<UserMessage | null>(null);

  protected retry(): void {
    this.reload$.next();
  }

  protected act(action: DemoAction): void {
    if (this.acting()) {
      return;
    }
    this.acting.set(action);
    this.actionError.set(null);
    const id = this.id();
    const request$: Observable<Topup> =
      action === 'pay' ? this.api.demoPay(id) : this.api.demoCancel(id);
    request$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        const result = action === 'pay' ? 'success' : 'cancel';
        void this.router.navigate(['/wallet/topups', id, 'return'], {
          queryParams: { result },
        });
      },
      error: (error: unknown) => {
        this.acting.set(null);
        this.actionError.set(toUserMessage(error));
      },
    });
  }
}
