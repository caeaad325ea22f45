import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import {
  EXPECTED_MINUTES_MAX,
  EXPECTED_MINUTES_MIN,
  MyCostCentre,
  parseExpectedMinutes,
} from '../../core/cost-centres/cost-centre.model';
import { Lang } from '../../core/i18n/languages';
import { MoneyPipe } from '../experts/expert-pipes';
import { FieldError } from '../forms/field-error';
import { FormMessage } from '../forms/form-messages';
import { Icon } from '../ui/icon/icon';

/** The message under "Expected length" for what was typed: none when empty or 1–600 minutes. */
export function expectedMinutesMessage(text: string): FormMessage | null {
  return text.trim() === '' || parseExpectedMinutes(text) !== null
    ? null
    : {
        key: 'funding.minutesRange',
        params: { min: EXPECTED_MINUTES_MIN, max: EXPECTED_MINUTES_MAX },
      };
}

/**
 * "Pay with": the wallet (the default, `code` '') or one of the cost centres the user may charge,
 * each with what is left of its month's budget. With `withLength`, choosing a centre shows the
 * optional "Expected length (minutes)" (1–600) and says that sessions over the centre's
 * per-session limit need an approver's OK. Render it only when there are centres to choose.
 */
@Component({
  selector: 'app-funding-choice',
  imports: [TranslatePipe, Icon, MoneyPipe, FieldError],
  template: `
    <fieldset class="fieldset funding" data-testid="pay-with">
      <legend class="fieldset__legend">{{ 'funding.legend' | translate }}</legend>
      <ul class="funding__options">
        <li>
          <label class="check">
            <input
              type="radio"
              [name]="name()"
              value=""
              data-testid="pay-with-wallet"
              [checked]="code() === ''"
              [disabled]="disabled()"
              (change)="code.set('')"
            />
            <app-icon name="wallet" /><span>{{ 'funding.wallet' | translate }}</span>
          </label>
        </li>
        @for (c of centres(); track c.code) {
          <li>
            <label class="check">
              <input
                type="radio"
                data-testid="pay-with-centre"
                [name]="name()"
                [value]="c.code"
                [attr.data-code]="c.code"
                [checked]="code() === c.code"
                [disabled]="disabled()"
                (change)="code.set(c.code)"
              />
              <app-icon name="briefcase" /><span>{{
                'funding.centre'
                  | translate: { name: c.name, balance: (c.balance | money: c.currency : lang()) }
              }}</span>
            </label>
          </li>
        }
      </ul>
      @if (withLength() && chosen(); as c) {
        <div class="field funding__minutes">
          <label class="field__label" [for]="name() + '-minutes'">{{
            'funding.minutes' | translate
          }}</label>
          <input
            class="input"
            type="number"
            inputmode="numeric"
            data-testid="expected-minutes"
            [id]="name() + '-minutes'"
            [min]="min"
            [max]="max"
            [value]="minutes()"
            [disabled]="disabled()"
            [attr.aria-invalid]="error() !== null"
            [attr.aria-describedby]="
              (error() ? name() + '-minutes-error ' : '') + name() + '-minutes-hint'
            "
            (input)="minutes.set($any($event.target).value)"
          />
          <p
            class="field__hint"
            data-testid="expected-minutes-hint"
            [id]="name() + '-minutes-hint'"
          >
            @if (c.perSessionLimit !== null) {
              {{
                'funding.limitHint'
                  | translate: { limit: (c.perSessionLimit | money: c.currency : lang()) }
              }}
            } @else {
              {{ 'funding.noLimit' | translate }}
            }
          </p>
          <app-field-error
            field="expectedMinutes"
            [errorId]="name() + '-minutes-error'"
            [message]="error()"
          />
        </div>
      }
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    .funding {
      gap: var(--space-3);
    }
    .funding__options {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
      app-icon {
        color: var(--color-primary);
      }
    }
    .funding__minutes {
      max-inline-size: 20rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundingChoice {
  /** The centres the user may charge (member of, active). */
  readonly centres = input.required<readonly MyCostCentre[]>();
  readonly lang = input.required<Lang>();
  /** Radio group name and id prefix (unique in the page). */
  readonly name = input('pay-with');
  /** Offer "Expected length" once a centre is chosen (sessions; not the desk). */
  readonly withLength = input(false);
  readonly disabled = input(false);
  /** The centre chosen; '' for the wallet. */
  readonly code = model('');
  /** "Expected length" as typed. */
  readonly minutes = model('');

  protected readonly min = EXPECTED_MINUTES_MIN;
  protected readonly max = EXPECTED_MINUTES_MAX;
  protected readonly chosen = computed(() => this.centres().find((c) => c.code === this.code()));
  protected readonly error = computed(() => expectedMinutesMessage(this.minutes()));
}
