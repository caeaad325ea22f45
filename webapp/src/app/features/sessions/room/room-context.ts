import { Injectable, signal } from '@angular/core';

import { Session } from '../../../core/sessions/session.model';

/**
 * The session as the room currently knows it, for panels that must read the latest state even
 * while being destroyed (an `@if` removes them before their inputs would be updated).
 */
@Injectable()
export class RoomContext {
  readonly session = signal<Session | null>(null);
}
