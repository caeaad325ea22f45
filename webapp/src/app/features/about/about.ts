import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon, IconName } from '../../shared/ui/icon/icon';
import { SystemInfoCard } from '../../shared/ui/system-info-card/system-info-card';

interface Item {
  key: string;
  icon: IconName;
}

/** About page: what SkillFast is, its roles and channels, and the server information. */
@Component({
  selector: 'app-about',
  imports: [TranslatePipe, Icon, SystemInfoCard],
  templateUrl: './about.html',
  styleUrl: './about.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class About {
  protected readonly roles: Item[] = [
    { key: 'client', icon: 'user' },
    { key: 'expert', icon: 'briefcase' },
    { key: 'admin', icon: 'shield' },
  ];

  protected readonly channels: Item[] = [
    { key: 'chat', icon: 'chat' },
    { key: 'audio', icon: 'audio' },
    { key: 'video', icon: 'video' },
  ];
}
