import { DOCUMENT, Injectable, inject } from '@angular/core';

import { safeReturnUrl } from '../auth/return-url';

/** Where a client goes back to once a top-up is paid: an app path and what to call it. */
export interface TopupReturn {
  /** An app path, e.g. the expert page the 402 came from. */
  path: string;
  /** The button's name ("Back to Laura Martín"); null for a plain "Continue". */
  label: string | null;
}

const STORAGE_KEY = 'skillfast.topupReturn';

/**
 * Keeps, for the top-up being paid, where to go back afterwards. In session storage: it survives
 * the trip to the provider's page and back (a full page load) in the same tab, and no other tab
 * sees it. Only app paths are kept or given back.
 */
@Injectable({ providedIn: 'root' })
export class TopupReturnStore {
  private readonly storage = storageOf(inject(DOCUMENT));

  keep(topupId: string, back: TopupReturn): void {
    const path = safeReturnUrl(back.path, '');
    if (!path) {
      this.clear();
      return;
    }
    this.write(JSON.stringify({ topupId, path, label: back.label || null }));
  }

  /** What was kept for `topupId`, or null (none, another top-up, or unreadable). */
  read(topupId: string): TopupReturn | null {
    let kept: unknown;
    try {
      kept = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? 'null');
    } catch {
      return null;
    }
    if (typeof kept !== 'object' || kept === null) {
      return null;
    }
    const { topupId: id, path, label } = kept as Record<string, unknown>;
    const safe = safeReturnUrl(path, '');
    if (id !== topupId || !safe) {
      return null;
    }
    return { path: safe, label: typeof label === 'string' && label !== '' ? label : null };
  }

  clear(): void {
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // storage refused (privacy mode): nothing was kept either
    }
  }

  private write(value: string): void {
    try {
      this.storage?.setItem(STORAGE_KEY, value);
    } catch {
      // storage full or refused: the return page then offers the wallet instead
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
