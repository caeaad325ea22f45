/** The dashboards' figures (`/api/admin/dashboard`, `/api/me/dashboard/…`); amounts in minor units. */
export const DASHBOARD_API = {
  admin: '/api/admin/dashboard',
  rebuild: '/api/admin/dashboard/rebuild',
  expert: '/api/me/dashboard/expert',
  client: '/api/me/dashboard/client',
} as const;

/** A dashboard's period (yyyy-mm-dd, inclusive) and currency; `''` lets the server choose. */
export interface DashboardQuery {
  readonly from: string;
  readonly to: string;
  readonly currency?: string;
}

interface Period {
  readonly from: string;
  readonly to: string;
  readonly currency: string;
}

export interface MinutesPerDay {
  readonly day: string;
  readonly chat: number;
  readonly audio: number;
  readonly video: number;
}

export interface CategoryFigures {
  /** The category's slug; `''` for sessions without one. */
  readonly category: string;
  readonly sessions: number;
  readonly minutes: number;
  readonly turnover: number;
  readonly commission: number;
}

export interface ExpertByMinutes {
  readonly expertId: string;
  readonly name: string;
  readonly sessions: number;
  readonly minutes: number;
  readonly earnings: number;
}

export interface ExpertByRating {
  readonly expertId: string;
  readonly name: string;
  readonly reviews: number;
  readonly average: number;
}

export interface RequestFigures {
  readonly accepted: number;
  readonly declined: number;
  readonly expired: number;
  readonly cancelled: number;
  /** 0…1; absent when no request was decided. */
  readonly acceptanceRate?: number;
  readonly averageSecondsToAccept?: number;
}

export interface NewUsersPerDay {
  readonly day: string;
  readonly clients: number;
  readonly experts: number;
}

/** `GET /api/admin/dashboard`: the platform's figures over a period (every day listed). */
export interface AdminDashboard extends Period {
  readonly totals: {
    readonly sessions: number;
    readonly minutes: number;
    readonly turnover: number;
    readonly commission: number;
  };
  readonly minutesPerDay: readonly MinutesPerDay[];
  readonly categories: readonly CategoryFigures[];
  readonly topExpertsByMinutes: readonly ExpertByMinutes[];
  readonly topExpertsByRating: readonly ExpertByRating[];
  readonly requests: RequestFigures;
  readonly newUsers: {
    readonly clients: number;
    readonly experts: number;
    readonly perDay: readonly NewUsersPerDay[];
  };
}

export interface ExpertWeek {
  /** The week's Monday (yyyy-mm-dd). */
  readonly week: string;
  readonly sessions: number;
  readonly minutes: number;
  readonly earnings: number;
  readonly reviews: number;
  /** Absent when no review that week. */
  readonly averageRating?: number;
  /** Every review up to the end of the week; absent before the first. */
  readonly cumulativeRating?: number;
}

/** `GET /api/me/dashboard/expert`: the signed-in expert's figures per ISO week. */
export interface ExpertDashboard extends Period {
  readonly totals: {
    readonly sessions: number;
    readonly minutes: number;
    readonly earnings: number;
    readonly reviews: number;
    readonly averageRating?: number;
  };
  readonly weeks: readonly ExpertWeek[];
}

export interface ClientMonth {
  /** yyyy-mm. */
  readonly month: string;
  readonly sessions: number;
  readonly minutes: number;
  readonly spent: number;
}

export interface ClientExpert {
  readonly expertId: string;
  readonly name: string;
  readonly sessions: number;
  readonly minutes: number;
  readonly spent: number;
}

/** `GET /api/me/dashboard/client`: what the signed-in user spent as a client, per month and expert. */
export interface ClientDashboard extends Period {
  readonly totals: { readonly sessions: number; readonly minutes: number; readonly spent: number };
  readonly months: readonly ClientMonth[];
  readonly experts: readonly ClientExpert[];
}

/** `POST /api/admin/dashboard/rebuild`: how many sessions and reviews were replayed. */
export interface DashboardRebuild {
  readonly sessions: number;
  readonly reviews: number;
}
