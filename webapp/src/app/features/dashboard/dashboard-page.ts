import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { AuthService } from '../../core/auth/auth.service';
import { ClientDashboard } from './client-dashboard';
import { ExpertDashboard } from './expert-dashboard';

/**
 * `/dashboard`: an expert's own figures (earnings, minutes and rating per week); anyone else's
 * spending as a client (per month and per expert).
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [ExpertDashboard, ClientDashboard],
  template: `
    @if (isExpert()) {
      <app-expert-dashboard />
    } @else {
      <app-client-dashboard />
    }
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DashboardPage {
  private readonly auth = inject(AuthService);
  protected readonly isExpert = computed(() => this.auth.role() === 'EXPERT');
}
