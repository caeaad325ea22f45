import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import {
  EXPERT_LIMITS,
  ExpertMatch,
  ExpertSearchQuery,
  MatchRequest,
} from '../../../core/experts/expert.model';
import { AuthService } from '../../../core/auth/auth.service';
import { ExpertsService } from '../../../core/experts/experts.service';
import { watchPresence } from '../../../core/realtime/presence.service';
import { ExpertCard } from '../../../shared/experts/expert-card';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { notBlank } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';
import { SubmitButton } from '../../../shared/forms/submit-button';

/**
 * "Describe your problem": sends a free-text description (with the page's channel, language and
 * max-price filters) to `POST /api/match` and lists the suggested experts with the matched terms.
 */
@Component({
  selector: 'app-match-panel',
  imports: [
    SubmitButton,
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    ExpertCard,
  ],
  templateUrl: './match-panel.html',
  styleUrl: './match-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchPanel {
  private readonly api = inject(ExpertsService);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');

  /** The search page's filters; channel, language and max price narrow the matches. */
  readonly filters = input.required<ExpertSearchQuery>();

  protected readonly limits = EXPERT_LIMITS;
  protected readonly lengthRule = {
    key: 'experts.match.length',
    params: { min: EXPERT_LIMITS.matchMin, max: EXPERT_LIMITS.matchMax },
  };
  protected readonly description = new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.minLength(EXPERT_LIMITS.matchMin),
      Validators.maxLength(EXPERT_LIMITS.matchMax),
      notBlank,
    ],
  });
  protected readonly feedback = new FormFeedback();
  protected readonly results = signal<ExpertMatch[] | null>(null);
  protected readonly usesFilters = computed(() => {
    const f = this.filters();
    return f.channel !== '' || f.language !== '' || f.maxRate !== null;
  });

  constructor() {
    watchPresence(() =>
      this.auth.isAuthenticated() ? (this.results() ?? []).map((e) => e.id) : [],
    );
  }

  protected submit(): void {
    if (!this.feedback.start(this.description, () => this.formElement()?.nativeElement)) {
      return;
    }
    const f = this.filters();
    const request: MatchRequest = { description: this.description.value.trim() };
    if (f.channel) {
      request.channel = f.channel;
    }
    if (f.maxRate !== null) {
      request.maxRate = f.maxRate;
    }
    if (f.language) {
      request.language = f.language;
    }
    this.api
      .match(request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (items) => {
          this.feedback.succeed();
          this.results.set(items);
        },
        error: (error: unknown) => {
          this.feedback.fail(error);
          this.results.set(null);
        },
      });
  }
}
