import { describe, expect, it } from 'vitest';

import { TranslationFile, mergeTranslations } from './merge-translations';
import { ADMIN_PAGES_EN, ADMIN_PAGES_ES } from './translations/admin-pages';
import { EN } from './translations/en';
import { ES } from './translations/es';

/** Every leaf of a translation tree as `dotted.key → text`. */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of leaves(value, `${prefix}${key}.`)) {
        out.set(k, v);
      }
    } else {
      out.set(`${prefix}${key}`, value);
    }
  }
  return out;
}

function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

describe('mergeTranslations', () => {
  it('puts the files side by side, each keeping its own tree', () => {
    const wallet = { wallet: { title: 'Wallet', types: { GRANT: 'Credit' } } };
    const pager = { pager: { next: 'Next' } };
    const bundle = mergeTranslations(wallet, pager);
    expect(bundle).toEqual({
      wallet: { title: 'Wallet', types: { GRANT: 'Credit' } },
      pager: { next: 'Next' },
    });
    expect(bundle.wallet).toBe(wallet.wallet);
  });

  it('refuses two files with the same top-level key (a compile error in typed code)', () => {
    const files = [{ pager: { next: 'Next' } }, { pager: { prev: 'Previous' } }];
    expect(() => mergeTranslations(...(files as unknown as readonly TranslationFile[]))).toThrow(
      'Translation key "pager" is defined by two files',
    );
  });
});

describe('the bundled translations', () => {
  // The initial bundle with the admin pages' texts (which load with the admin routes): merging
  // them is a compile error, and throws, if they define a top-level key of the initial bundle.
  const en = leaves(mergeTranslations(EN, ADMIN_PAGES_EN));
  const es = leaves(mergeTranslations(ES, ADMIN_PAGES_ES));

  it('have exactly the same keys in English and Spanish', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(500);
  });

  it('have a non-empty text for every key, with the same {{placeholders}} in both languages', () => {
    for (const [key, text] of en) {
      expect(typeof text === 'string' && text.trim() !== '', `en ${key}`).toBe(true);
      expect(
        typeof es.get(key) === 'string' && String(es.get(key)).trim() !== '',
        `es ${key}`,
      ).toBe(true);
      expect(placeholders(es.get(key)), key).toEqual(placeholders(text));
    }
  });
});
