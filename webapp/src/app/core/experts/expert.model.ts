/** Text in both UI languages, as the API stores it. */
export interface LocalizedText {
  es: string;
  en: string;
}

/** Live consultation channels, in display order. */
export type Channel = 'CHAT' | 'AUDIO' | 'VIDEO';
export const CHANNELS: readonly Channel[] = ['CHAT', 'AUDIO', 'VIDEO'];

export type Presence = 'ONLINE' | 'BUSY' | 'OFFLINE';

export type VerificationStatus = 'PENDING' | 'VERIFIED' | 'REJECTED';
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = [
  'PENDING',
  'VERIFIED',
  'REJECTED',
];

/** A list page as the API returns it (page is 0-based). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export interface Category {
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  order: number;
  active: boolean;
  expertCount: number;
}

/** Per-minute prices in integer minor units (150 = 1.50 €/min); a missing channel is not offered. */
export type Rates = Partial<Record<Channel, number>>;

export interface Rating {
  average: number;
  count: number;
}

/** An expert as shown on cards and in search results. */
export interface ExpertSummary {
  id: string;
  displayName: string;
  headline: string;
  /** Carries a version query; use it as given. */
  avatarUrl: string | null;
  skills: string[];
  /** Category slugs. */
  categories: string[];
  /** ISO 639-1 codes. */
  languages: string[];
  /** ISO 4217 code. */
  currency: string;
  rates: Rates;
  freeMinutes: number;
  rating: Rating;
  presence: Presence;
  /** Search terms this expert matched (only with a text query or a match). */
  matchedTerms?: string[];
}

/** The full profile (`GET /api/experts/{id}`, `/api/experts/me`). */
export interface ExpertProfile extends ExpertSummary {
  bio: string;
  /** IANA time zone, e.g. "Europe/Madrid". */
  timeZone: string;
  /** Only meaningful to the owner and administrators. */
  status: VerificationStatus;
  statusReason: string | null;
  available: boolean;
}

/** A profile in the administrators' verification queue. */
export interface AdminExpert extends ExpertProfile {
  email: string;
}

export interface Facet {
  value: string;
  count: number;
}

export interface ExpertSearchPage extends Page<ExpertSummary> {
  facets?: { categories?: Facet[]; languages?: Facet[] };
}

export type ExpertSort = 'relevance' | 'rating' | 'price' | 'popular';
export const EXPERT_SORTS: readonly ExpertSort[] = ['relevance', 'rating', 'price', 'popular'];

/** Search filters, as kept in the URL of `/experts`. */
export interface ExpertSearchQuery {
  q: string;
  /** Category slug or ''. */
  category: string;
  /** ISO 639-1 code or ''. */
  language: string;
  channel: Channel | '';
  /** Minor units per minute, or null. */
  maxRate: number | null;
  minRating: number | null;
  online: boolean;
  sort: ExpertSort;
  page: number;
}

export const EMPTY_SEARCH: ExpertSearchQuery = {
  q: '',
  category: '',
  language: '',
  channel: '',
  maxRate: null,
  minRating: null,
  online: false,
  sort: 'relevance',
  page: 0,
};

/** Body of `POST /api/match`. */
export interface MatchRequest {
  description: string;
  channel?: Channel;
  maxRate?: number;
  language?: string;
}

export interface ExpertMatch extends ExpertSummary {
  score: number;
  matchedTerms: string[];
}

/** Body of `PUT /api/experts/me`. */
export interface ExpertProfileUpdate {
  headline: string;
  bio: string;
  skills: string[];
  categories: string[];
  languages: string[];
  timeZone: string;
  currency: string;
  rates: Rates;
  freeMinutes: number;
  available: boolean;
}

/** Validation limits, mirrored from the API contract. */
export const EXPERT_LIMITS = {
  headlineMax: 120,
  bioMax: 4000,
  skillsMax: 30,
  skillMax: 40,
  categoriesMin: 1,
  categoriesMax: 5,
  languagesMin: 1,
  languagesMax: 10,
  rateMin: 1,
  rateMax: 1_000_000,
  freeMinutesMax: 5,
  matchMin: 10,
  matchMax: 2000,
  reasonMax: 500,
  /** 1 MB. */
  avatarMaxBytes: 1024 * 1024,
} as const;

export const AVATAR_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp'];

/** Category slugs: lowercase words joined by single hyphens, 2–40 characters. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MIN = 2;
export const SLUG_MAX = 40;

/** Endpoints of the experts and categories API. */
export const EXPERTS_API = {
  categories: '/api/categories',
  experts: '/api/experts',
  me: '/api/experts/me',
  myAvatar: '/api/experts/me/avatar',
  match: '/api/match',
  adminCategories: '/api/admin/categories',
  adminCategoriesOrder: '/api/admin/categories/order',
  adminExperts: '/api/admin/experts',
} as const;

/** True when the expert offers `channel`. */
export function offers(rates: Rates, channel: Channel): boolean {
  return typeof rates[channel] === 'number';
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
