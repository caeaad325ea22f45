import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { ApiInfoService } from '../../api/api-info.service';

/** Site footer: copyright and, once /api/info has answered, the server version. */
@Component({
  selector: 'app-footer',
  imports: [TranslatePipe],
  templateUrl: './footer.html',
  styleUrl: './footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Footer {
  private readonly apiInfo = inject(ApiInfoService);

  protected readonly info = this.apiInfo.info;
  protected readonly year = new Date().getFullYear();

  constructor() {
    this.apiInfo.ensureLoaded();
  }
}
