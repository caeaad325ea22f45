import { Lang } from '../i18n/languages';

/** What a user is allowed to do. */
export type Role = 'CLIENT' | 'EXPERT' | 'ADMIN';

/** Roles a visitor may pick when creating an account. */
export type SelfServiceRole = Exclude<Role, 'ADMIN'>;

export const ROLES: readonly Role[] = ['CLIENT', 'EXPERT', 'ADMIN'];

/** `User` as returned by the API. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  language: Lang;
  suspended: boolean;
  mustChangePassword: boolean;
  /** ISO-8601 timestamp. */
  createdAt: string;
}

/** Body of a successful login, refresh or password change. */
export interface Session {
  accessToken: string;
  /** Lifetime of `accessToken` in seconds. */
  expiresIn: number;
  user: User;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface Registration extends Credentials {
  displayName: string;
  role: SelfServiceRole;
}

export interface ProfilePatch {
  displayName?: string;
  language?: Lang;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** Password length limits, mirrored from the server's validation. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 80;

/** Endpoints of the auth API. */
export const AUTH_API = {
  login: '/api/auth/login',
  register: '/api/auth/register',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  me: '/api/me',
  password: '/api/me/password',
} as const;
