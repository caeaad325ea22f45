import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { CHANNELS, Channel } from '../../../core/experts/expert.model';
import { currencyName } from '../../../core/experts/locale-data';
import { CURRENCIES, formatMoney, parseMajorToMinor } from '../../../core/experts/money';
import { LanguageService } from '../../../core/i18n/language.service';
import { CHANNEL_ICONS } from '../../../shared/experts/expert-rates';
import { FieldError } from '../../../shared/forms/field-error';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';
import { ExpertProfileForm } from './expert-profile-form';

/**
 * The editor's "Channels and prices" section, on its `<fieldset>` (whose `<legend>` the editor
 * projects): the currency, a switch and a price per minute for each channel (typed in major
 * units, with the formatted price once valid) and the free minutes.
 */
@Component({
  selector: 'fieldset[appProfileRates]',
  imports: [ReactiveFormsModule, TranslatePipe, Icon, FormField, FieldControl, FieldError],
  templateUrl: './profile-rates.html',
  styleUrl: './profile-rates.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileRates {
  protected readonly model = inject(ExpertProfileForm);
  private readonly lang = inject(LanguageService).lang;

  protected readonly channels = CHANNELS;
  protected readonly icons = CHANNEL_ICONS;
  protected readonly limits = this.model.limits;

  protected readonly currencyOptions = computed(() => {
    const lang = this.lang();
    const codes = new Set([...CURRENCIES, this.model.currency()]);
    return [...codes].map((code) => ({ code, name: currencyName(code, lang) }));
  });
  /** Formatted price for each valid rate, e.g. "1,50 €". */
  protected readonly ratePreviews = computed(() => {
    const { offer, rates, currency } = this.model.value();
    const previews: Partial<Record<Channel, string>> = {};
    for (const c of CHANNELS) {
      const minor = offer[c] ? parseMajorToMinor(rates[c], currency) : null;
      if (minor !== null && minor >= this.limits.rateMin && minor <= this.limits.rateMax) {
        previews[c] = formatMoney(minor, currency, this.lang());
      }
    }
    return previews;
  });

  protected freeMinutesMessage(): FormMessage | null {
    const outOfRange = {
      key: 'expertProfile.freeMinutesRange',
      params: { max: this.limits.freeMinutesMax },
    };
    return this.model.message('freeMinutes', this.model.controls.freeMinutes, {
      min: outOfRange,
      max: outOfRange,
      wholeNumber: outOfRange,
    });
  }
}
