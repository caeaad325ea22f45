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
  /** The desk's sign-in options (public). */
  sso: '/api/auth/sso',
  /** Where single sign-on starts: a full page load, never an XHR (`?returnTo=<app path>`). */
  ssoStart: '/api/auth/sso/start',
  /** Asks for a reset link by e-mail (public; always 202). */
  passwordReset: '/api/auth/password-reset',
  /** Sets a new password with a reset link's token (public; 204, or 400 with field errors). */
  passwordResetConfirm: '/api/auth/password-reset/confirm',
} as const;

/** `GET /api/auth/sso`: how people sign in and sign up on this desk. */
export interface AuthOptions {
  /** Single sign-on with the company's provider is set up. */
  configured: boolean;
  /** The provider's name for the button ("Sign in with {{label}}"), or null. */
  label: string | null;
  /** Where single sign-on starts (an app-relative path). */
  startUrl: string;
  /** People may create an account with e-mail and password. */
  localSignup: boolean;
  /** People may sign in with e-mail and password. */
  localLogin: boolean;
  /** This desk sends e-mail (reset links, notifications). */
  mailEnabled: boolean;
}

/** Body of `POST /api/auth/password-reset/confirm`. */
export interface PasswordResetConfirmation {
  token: string;
  password: string;
}

/** How long a password reset link works, in minutes (the server's rule, for texts). */
export const RESET_LINK_MINUTES = 30;
