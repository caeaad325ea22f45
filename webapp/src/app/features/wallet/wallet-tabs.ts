import { ChangeDetectionStrategy, Component } from '@angular/core';
import { IsActiveMatchOptions, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** A client's wallet views: the transactions and the top-ups (`aria-current` on the one shown). */
@Component({
  selector: 'app-wallet-tabs',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav class="tabs" [attr.aria-label]="'payments.tabs.label' | translate">
      <a
        class="tabs__tab"
        routerLink="/wallet"
        routerLinkActive
        ariaCurrentWhenActive="page"
        data-testid="wallet-tab-transactions"
        [routerLinkActiveOptions]="samePath"
        >{{ 'payments.tabs.transactions' | translate }}</a
      >
      <a
        class="tabs__tab"
        routerLink="/wallet/topups"
        routerLinkActive
        ariaCurrentWhenActive="page"
        data-testid="wallet-tab-topups"
        [routerLinkActiveOptions]="samePath"
        >{{ 'payments.tabs.topups' | translate }}</a
      >
    </nav>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WalletTabs {
  /** A tab is the page shown whatever its filters and page (query parameters). */
  protected readonly samePath: IsActiveMatchOptions = {
    paths: 'exact',
    queryParams: 'ignored',
    fragment: 'ignored',
    matrixParams: 'ignored',
  };
}
