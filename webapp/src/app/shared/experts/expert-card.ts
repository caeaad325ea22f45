import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { ExpertSummary } from '../../core/experts/expert.model';
import { PresenceService } from '../../core/realtime/presence.service';
import { ExpertAvatar } from './expert-avatar';
import { ExpertRates } from './expert-rates';
import { ExpertRating } from './expert-rating';
import { PresenceBadge } from './presence-badge';

/** Skills shown on a card before "+N". */
const VISIBLE_SKILLS = 5;

/**
 * An expert as a card: photo, name (the link to the expert's page; the whole card is clickable),
 * rating, presence (live when the page watches it), headline, matched terms, skills and prices
 * per minute.
 */
@Component({
  selector: 'app-expert-card',
  imports: [RouterLink, TranslatePipe, ExpertAvatar, ExpertRates, ExpertRating, PresenceBadge],
  templateUrl: './expert-card.html',
  styleUrl: './expert-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertCard {
  private readonly livePresence = inject(PresenceService);

  readonly expert = input.required<ExpertSummary>();
  /** `data-testid` of the card (it also carries `data-id`). */
  readonly testId = input.required<string>();
  /** `data-testid` of the name link, when the page has one. */
  readonly nameTestId = input<string | null>(null);
  /** Level of the name heading. */
  readonly headingLevel = input<2 | 3>(3);

  protected readonly presence = computed(
    () => this.livePresence.of(this.expert().id) ?? this.expert().presence,
  );
  protected readonly matched = computed(() => this.expert().matchedTerms ?? []);
  private readonly matchedSet = computed(
    () => new Set(this.matched().map((t) => t.toLocaleLowerCase())),
  );
  protected readonly skills = computed(() => this.expert().skills.slice(0, VISIBLE_SKILLS));
  protected readonly moreSkills = computed(() =>
    Math.max(0, this.expert().skills.length - VISIBLE_SKILLS),
  );

  protected isMatch(skill: string): boolean {
    return this.matchedSet().has(skill.toLocaleLowerCase());
  }
}
