import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';

import { UserMessage, toUserMessage } from '../../core/http/problem';
import { PayoutAccount } from '../../core/payments/payments.model';
import { PayoutsService } from '../../core/payments/payouts.service';
import { injectRedirect } from '../../core/payments/redirect';
import { Icon } from '../../shared/ui/icon/icon';

/**
 * The expert's Stripe Connect onboarding: its state, and Start / Continue onboarding, which asks
 * for a one-time link (`POST /api/payouts/account/onboarding`) and leaves for Stripe's page.
 */
@Component({
  selector: 'app-stripe-onboarding',
  imports: [TranslatePipe, Icon],
  template: `
    @let s = stripe();
    <section
      class="card section-card"
      data-testid="stripe-onboarding"
      aria-labelledby="stripe-onboarding-title"
      [attr.data-state]="s.onboarding"
      [attr.data-enabled]="s.payoutsEnabled"
    >
      <h2 id="stripe-onboarding-title">{{ 'payouts.stripe.title' | translate }}</h2>
      @if (ready()) {
        <p class="stripe__ready" data-testid="stripe-onboarding-state">
          <app-icon name="check" />{{ 'payouts.stripe.enabled' | translate }}
        </p>
      } @else {
        <p data-testid="stripe-onboarding-state">
          {{ 'payouts.stripe.' + stateKey() | translate }}
        </p>
        @if (error(); as e) {
          <div class="alert alert--danger" role="alert" data-testid="stripe-onboarding-error">
            <app-icon name="alert" />
            <p>{{ e.text ?? (e.key | translate) }}</p>
          </div>
        }
        <div>
          <button
            type="button"
            class="btn btn--primary"
            data-testid="stripe-onboarding-start"
            [disabled]="opening()"
            [attr.aria-busy]="opening()"
            (click)="open()"
          >
            @if (opening()) {
              <span class="spinner" aria-hidden="true"></span
              >{{ 'payouts.stripe.opening' | translate }}
            } @else {
              {{
                (s.onboarding === 'NOT_STARTED'
                  ? 'payouts.stripe.start'
                  : 'payouts.stripe.continue'
                ) | translate
              }}<app-icon name="arrowRight" />
            }
          </button>
        </div>
      }
    </section>
  `,
  styles: `
    .stripe__ready {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      color: var(--color-success);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StripeOnboarding {
  private readonly api = inject(PayoutsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly redirect = injectRedirect();

  readonly stripe = input.required<NonNullable<PayoutAccount['stripe']>>();

  protected readonly opening = signal(false);
  protected readonly error = signal<UserMessage | null>(null);
  /** Onboarded and Stripe lets payouts through. */
  protected readonly ready = computed(
    () => this.stripe().onboarding === 'COMPLETE' && this.stripe().payoutsEnabled,
  );
  /** What to say of an account not ready yet (complete but not enabled: Stripe is checking). */
  protected readonly stateKey = computed(() => {
    const { onboarding } = this.stripe();
    return onboarding === 'COMPLETE'
      ? 'reviewing'
      : onboarding === 'IN_PROGRESS'
        ? 'inProgress'
        : 'notStarted';
  });

  protected open(): void {
    if (this.opening()) {
      return;
    }
    this.opening.set(true);
    this.error.set(null);
    this.api
      .onboardingLink()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ url }) => this.redirect(url),
        error: (error: unknown) => {
          this.opening.set(false);
          this.error.set(toUserMessage(error));
        },
      });
  }
}
