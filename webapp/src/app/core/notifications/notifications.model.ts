/** The e-mails a user may turn on or off (`PUT /api/me/notifications`). */
export interface NotificationChoices {
  /** Experts: a consultation request they did not answer in time. */
  sessionMissed: boolean;
  /** A receipt after each consultation. */
  sessionReceipt: boolean;
  /** Experts: a client reviewed one of their consultations. */
  reviewReceived: boolean;
  /** Top-ups, refunds and payouts. */
  payments: boolean;
}

/** `GET`/`PUT /api/me/notifications`: the choices, and whether this desk sends e-mail at all. */
export interface NotificationPreferences extends NotificationChoices {
  mailEnabled: boolean;
}

export const NOTIFICATIONS_API = {
  mine: '/api/me/notifications',
} as const;
