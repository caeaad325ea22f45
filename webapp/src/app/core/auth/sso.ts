import { AUTH_API } from './auth.model';
import { safeReturnUrl } from './return-url';

/**
 * Why a single sign-on failed: the server sends the browser back to `/login?ssoError=<code>`.
 * - `denied`: consent refused or sign-in cancelled at the provider;
 * - `unknown_user`: the provider's answer did not identify a usable account (no e-mail, no subject);
 * - `wrong_audience`: the token was issued for another application;
 * - `invalid_token`: signature, issuer, expiry or nonce wrong;
 * - `state`: the attempt expired or was not started here;
 * - `suspended`: the SkillFast account is suspended;
 * - `provider_error`: any other error of the provider;
 * - `unavailable`: the provider could not be reached.
 */
export const SSO_ERROR_CODES = [
  'denied',
  'unknown_user',
  'wrong_audience',
  'invalid_token',
  'state',
  'suspended',
  'provider_error',
  'unavailable',
] as const;

export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];

/** The code of an `ssoError` query parameter: null when absent, `provider_error` when unknown. */
export function ssoErrorCode(value: unknown): SsoErrorCode | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }
  const code = value.trim();
  return (SSO_ERROR_CODES as readonly string[]).includes(code)
    ? (code as SsoErrorCode)
    : 'provider_error';
}

/**
 * Where the browser goes to start single sign-on: the server's start URL (an app-relative path;
 * anything else falls back to {@link AUTH_API.ssoStart}) with the in-app path to come back to.
 */
export function ssoStartUrl(returnTo: string, startUrl?: string | null): string {
  const base =
    typeof startUrl === 'string' && /^\/(?![/\\])/.test(startUrl) ? startUrl : AUTH_API.ssoStart;
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}returnTo=${encodeURIComponent(safeReturnUrl(returnTo))}`;
}
