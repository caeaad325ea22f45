import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { ExpertProfile } from '../../../core/experts/expert.model';
import { Icon } from '../../../shared/ui/icon/icon';

/** The verification status, or NONE before the first save. */
type Status = ExpertProfile['status'] | 'NONE';

/**
 * Where the expert's profile stands: not saved yet, waiting for verification, verified (with a
 * link to the public page) or rejected (with the reason).
 */
@Component({
  selector: 'app-profile-status',
  imports: [RouterLink, TranslatePipe, Icon],
  host: {
    class: 'alert',
    role: 'status',
    'data-testid': 'ep-status',
    '[attr.data-status]': 'status()',
    '[class.alert--info]': "status() === 'NONE' || status() === 'PENDING'",
    '[class.alert--success]': "status() === 'VERIFIED'",
    '[class.alert--danger]': "status() === 'REJECTED'",
  },
  template: `
    @let current = status();
    <app-icon [name]="icon()" />
    <div class="alert__body">
      @if (current !== 'NONE') {
        <p class="label">{{ 'verification.' + current | translate }}</p>
      }
      <p>{{ 'expertProfile.status.' + current | translate }}</p>
      @if (profile(); as p) {
        @if (current === 'REJECTED' && p.statusReason) {
          <p class="reason" data-testid="ep-status-reason">
            {{ 'expertProfile.status.reason' | translate: { reason: p.statusReason } }}
          </p>
        } @else if (current === 'VERIFIED') {
          <div>
            <a class="btn btn--secondary btn--sm" [routerLink]="['/experts', p.id]">{{
              'expertProfile.status.view' | translate
            }}</a>
          </div>
        }
      }
    </div>
  `,
  styles: `
    .label {
      font-weight: 800;
    }

    .reason {
      font-style: italic;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileStatus {
  /** The saved profile (null before the first save). */
  readonly profile = input.required<ExpertProfile | null>();

  protected readonly status = computed<Status>(() => this.profile()?.status ?? 'NONE');
  protected readonly icon = computed(() => {
    const status = this.status();
    return status === 'VERIFIED' ? 'shield' : status === 'REJECTED' ? 'alert' : 'clock';
  });
}
