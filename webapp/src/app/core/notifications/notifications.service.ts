import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import {
  NOTIFICATIONS_API,
  NotificationChoices,
  NotificationPreferences,
} from './notifications.model';

/** The signed-in user's e-mail notification preferences. */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);

  load(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>(NOTIFICATIONS_API.mine);
  }

  /** Saves all four choices; answers with what the server now has. */
  save(choices: NotificationChoices): Observable<NotificationPreferences> {
    const { sessionMissed, sessionReceipt, reviewReceived, payments } = choices;
    return this.http.put<NotificationPreferences>(NOTIFICATIONS_API.mine, {
      sessionMissed,
      sessionReceipt,
      reviewReceived,
      payments,
    });
  }
}
