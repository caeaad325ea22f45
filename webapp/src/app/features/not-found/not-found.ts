import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon } from '../../shared/ui/icon/icon';
import { StatusPage } from '../../shared/ui/status-page/status-page';

/** Friendly 404 for any unknown route. */
@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslatePipe, Icon, StatusPage],
  template: `
    <app-status-page testId="not-found" keys="notFound" icon="compass">
      <a class="btn btn--primary btn--lg" routerLink="/" data-testid="not-found-home">
        <app-icon name="arrowLeft" />{{ 'notFound.home' | translate }}
      </a>
    </app-status-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFound {}
