import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';

import { DeskPickWatcher } from '../desk/desk-pick-watcher';
import { IncomingRequestsService } from '../sessions/incoming-requests.service';
import { RealtimeService } from './realtime.service';

/**
 * The tab's realtime connection, open while signed in, the expert's queue of incoming requests
 * that listens to it, and the client's desk pick (the room opens from any page). Tests leave this
 * out (no socket) unless they test the connection.
 */
export function provideRealtime(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    inject(IncomingRequestsService).start();
    inject(DeskPickWatcher).start();
    inject(RealtimeService).start();
  });
}
