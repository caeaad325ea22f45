import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { ApiInfoService } from '../../../core/api/api-info.service';
import { Icon } from '../icon/icon';

let nextId = 0;

/** Card showing the server's name, version and database mode, with loading/error/retry states. */
@Component({
  selector: 'app-system-info-card',
  imports: [TranslatePipe, Icon],
  templateUrl: './system-info-card.html',
  styleUrl: './system-info-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SystemInfoCard implements OnInit {
  private readonly apiInfo = inject(ApiInfoService);

  protected readonly state = this.apiInfo.state;
  protected readonly info = this.apiInfo.info;
  protected readonly error = computed(() => {
    const s = this.state();
    return s.status === 'error' ? s.error : undefined;
  });
  protected readonly busy = computed(() => !this.info() && !this.error());
  protected readonly headingId = `system-info-title-${nextId++}`;

  ngOnInit(): void {
    this.apiInfo.ensureLoaded();
  }

  protected retry(): void {
    this.apiInfo.load();
  }

  protected databaseKey(mode: string): string {
    return mode === 'EMBEDDED' || mode === 'EXTERNAL'
      ? `info.databaseMode.${mode}`
      : 'info.databaseMode.unknown';
  }
}
