import { Pipe, PipeTransform } from '@angular/core';

import { LocalizedText } from '../../core/experts/expert.model';
import { languageName } from '../../core/experts/locale-data';
import { localized } from '../../core/experts/localized';
import { formatMoney, formatSignedMoney } from '../../core/experts/money';
import { Lang } from '../../core/i18n/languages';

/** `{{ minor | money: currency : lang() }}` → "1,50 €". */
@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  transform(minor: number | null | undefined, currency: string, lang: Lang): string {
    return typeof minor === 'number' ? formatMoney(minor, currency, lang) : '';
  }
}

/** `{{ minor | signedMoney: currency : lang() }}` → "+1,50 €" / "−1,50 €". */
@Pipe({ name: 'signedMoney' })
export class SignedMoneyPipe implements PipeTransform {
  transform(minor: number | null | undefined, currency: string, lang: Lang): string {
    return typeof minor === 'number' ? formatSignedMoney(minor, currency, lang) : '';
  }
}

/** `{{ category.name | localized: lang() }}`: the text in the UI language (else the other one). */
@Pipe({ name: 'localized' })
export class LocalizedPipe implements PipeTransform {
  transform(text: LocalizedText | null | undefined, lang: Lang): string {
    return localized(text, lang);
  }
}

/** `{{ 'en' | languageName: lang() }}` → "English" / "Inglés". */
@Pipe({ name: 'languageName' })
export class LanguageNamePipe implements PipeTransform {
  transform(code: string, lang: Lang): string {
    return languageName(code, lang);
  }
}
