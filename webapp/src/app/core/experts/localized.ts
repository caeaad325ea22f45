import { Lang } from '../i18n/languages';
import { LocalizedText } from './expert.model';

/** The text for `lang`, falling back to the other language when it is blank. */
export function localized(text: LocalizedText | null | undefined, lang: Lang): string {
  if (!text) {
    return '';
  }
  const preferred = text[lang];
  if (typeof preferred === 'string' && preferred.trim() !== '') {
    return preferred;
  }
  const other = text[lang === 'es' ? 'en' : 'es'];
  return typeof other === 'string' ? other : '';
}
