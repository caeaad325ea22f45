import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon, IconName } from '../../shared/ui/icon/icon';
import { SystemInfoCard } from '../../shared/ui/system-info-card/system-info-card';

interface Step {
  key: string;
  icon: IconName;
}

/** Landing page: product pitch, how it works, live system status. */
@Component({
  selector: 'app-landing',
  imports: [RouterLink, TranslatePipe, Icon, SystemInfoCard],
  templateUrl: './landing.html',
  styleUrl: './landing.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Landing {
  protected readonly steps: Step[] = [
    { key: 'search', icon: 'search' },
    { key: 'channel', icon: 'chat' },
    { key: 'connect', icon: 'connect' },
    { key: 'pay', icon: 'clock' },
    { key: 'review', icon: 'star' },
  ];

  protected readonly highlights: { key: string; icon: IconName }[] = [
    { key: 'live', icon: 'connect' },
    { key: 'channels', icon: 'video' },
    { key: 'fair', icon: 'clock' },
  ];
}
