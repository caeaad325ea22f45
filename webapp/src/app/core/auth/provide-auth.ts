import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';

import { AuthService } from './auth.service';

/** How long the app start waits for the silent session restore before rendering anyway. */
export const STARTUP_WAIT_MS = 3000;

/**
 * Restores the session at start-up (one silent refresh). Start-up waits for it at most
 * {@link STARTUP_WAIT_MS} so that the app still renders when the API is slow or down;
 * guards wait for the restore to settle on their own.
 */
export function provideAuth(): EnvironmentProviders {
  return provideAppInitializer(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, STARTUP_WAIT_MS)));
    return Promise.race([inject(AuthService).restoreSession(), gaveUp]).finally(() =>
      clearTimeout(timer),
    );
  });
}
