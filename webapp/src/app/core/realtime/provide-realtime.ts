import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';

import { IncomingRequestsService } from '../sessions/incoming-requests.service';
import { RealtimeService } from './realtime.service';

/**
 * The tab's realtime connection, open while signed in, and the expert's queue of incoming
 * requests that listens to it. Tests leave this out (no socket) unless they test the connection.
 */
export function provideRealtime(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    inject(IncomingRequestsService).start();
    inject(RealtimeService).start();
  });
}
