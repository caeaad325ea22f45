import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { CHANNELS, Channel, Rates, offers } from '../../core/experts/expert.model';
import { LanguageService } from '../../core/i18n/language.service';
import { Icon, IconName } from '../ui/icon/icon';
import { MoneyPipe } from './expert-pipes';

export const CHANNEL_ICONS: Record<Channel, IconName> = {
  CHAT: 'chat',
  AUDIO: 'audio',
  VIDEO: 'video',
};

/** Price per minute of each offered channel. `compact` keeps the channel name for screen readers only. */
@Component({
  selector: 'app-expert-rates',
  imports: [TranslatePipe, Icon, MoneyPipe],
  host: { '[class.rates--compact]': 'compact()' },
  template: `
    <ul class="rates" [attr.aria-label]="'experts.rates.label' | translate">
      @for (channel of offered(); track channel) {
        <li class="rates__item" [attr.data-channel]="channel">
          <app-icon [name]="icons[channel]" />
          <span class="rates__channel" [class.visually-hidden]="compact()">{{
            'channels.' + channel | translate
          }}</span>
          <span class="rates__price"
            >{{ rates()[channel] | money: currency() : lang() }}<span class="rates__unit">{{
              'experts.rates.perMinute' | translate
            }}</span></span
          >
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .rates {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .rates__item {
      display: flex;
      align-items: center;
      gap: var(--space-2);
    }
    app-icon {
      color: var(--color-primary);
      font-size: 1.1rem;
    }
    .rates__channel {
      flex: 1;
    }
    .rates__price {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .rates__unit {
      color: var(--color-text-muted);
      font-weight: 500;
      font-size: 0.9em;
    }
    :host(.rates--compact) {
      .rates {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-1) var(--space-4);
        font-size: var(--text-sm);
      }
      .rates__item {
        gap: var(--space-1);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertRates {
  protected readonly lang = inject(LanguageService).lang;
  protected readonly icons = CHANNEL_ICONS;

  readonly rates = input.required<Rates>();
  readonly currency = input.required<string>();
  readonly compact = input(false);

  protected readonly offered = computed(() => CHANNELS.filter((c) => offers(this.rates(), c)));
}
