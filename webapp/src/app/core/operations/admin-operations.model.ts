import { InjectionToken } from '@angular/core';

import { LocalizedText } from '../experts/expert.model';

/** Experts online in one category. */
export interface CategoryOnline {
  slug: string;
  /** The category's name in both languages. */
  name: LocalizedText;
  online: number;
}

/** The billing sweep (the timer that charges running sessions): its last run. */
export interface BillingSweepStatus {
  /** Null before any server's first sweep. */
  lastRunAt: string | null;
  /** How long the last run took. */
  millis: number | null;
  /** Sessions and charges of the last run. */
  sessions: number;
  charges: number;
  /** The server that ran it. */
  node?: string | null;
  healthy: boolean;
}

export interface DatabaseStatus {
  ready: boolean;
  /** How the server keeps its data ("EMBEDDED" or "EXTERNAL"), shown as is. */
  mode: string;
}

/** `GET /api/admin/operations`: the live figures of the operations console. */
export interface OperationsFigures {
  /** Users with at least one live connection. */
  connectedUsers: number;
  /** Live WebSocket connections. */
  connections: number;
  expertsOnline: number;
  expertsOnlineByCategory: CategoryOnline[];
  /** Session requests waiting for an expert. */
  requestsWaiting: number;
  activeSessions: number;
  billingSweep: BillingSweepStatus;
  database: DatabaseStatus;
  checkedAt: string;
}

/** How often the figures are read again, and how long `ops.session` frames settle first. */
export interface OpsFiguresTiming {
  readonly periodMs: number;
  readonly debounceMs: number;
}

export const OPS_FIGURES_TIMING = new InjectionToken<OpsFiguresTiming>('OPS_FIGURES_TIMING', {
  providedIn: 'root',
  factory: () => ({ periodMs: 15_000, debounceMs: 1_000 }),
});

export const ADMIN_OPERATIONS_API = {
  operations: '/api/admin/operations',
} as const;
