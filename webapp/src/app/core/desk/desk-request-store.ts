import { DOCUMENT, Injectable, inject } from '@angular/core';

const STORAGE_KEY = 'skillfast.deskRequest';

/**
 * Remembers the id of the client's waiting desk request, since the API has no "my waiting request"
 * endpoint: the desk page reads it back on load and asks for the request. In session storage (this
 * tab, surviving reloads), with the user it belongs to, so that another account signing in on the
 * tab does not ask for it.
 */
@Injectable({ providedIn: 'root' })
export class DeskRequestStore {
  private readonly storage = storageOf(inject(DOCUMENT));

  keep(userId: string, requestId: string): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify({ userId, requestId }));
    } catch {
      // storage full or refused: a reload then shows the form (and a 409 explains)
    }
  }

  /** The id kept for `userId`, or null (none, another user's, or unreadable). */
  read(userId: string): string | null {
    let kept: unknown;
    try {
      kept = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? 'null');
    } catch {
      return null;
    }
    if (typeof kept !== 'object' || kept === null) {
      return null;
    }
    const { userId: owner, requestId } = kept as Record<string, unknown>;
    return owner === userId && typeof requestId === 'string' && requestId !== '' ? requestId : null;
  }

  clear(): void {
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // storage refused: nothing was kept either
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
