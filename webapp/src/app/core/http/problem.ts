import { HttpErrorResponse } from '@angular/common/http';

/** RFC 9457 "problem details" body (`application/problem+json`). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/**
 * A message for the user. `text` is server-provided (already localized through
 * Accept-Language) and wins; otherwise show the translation of `key`.
 * Templates: `{{ msg.text ?? (msg.key | translate) }}`.
 */
export interface UserMessage {
  text?: string;
  key: string;
  /** HTTP status; 0 for network failures or non-HTTP errors. */
  status: number;
  problem?: ProblemDetails;
}

/** Translation keys used when the server gives no usable text. */
export const ERROR_KEYS = {
  network: 'errors.network',
  timeout: 'errors.timeout',
  badRequest: 'errors.badRequest',
  unauthorized: 'errors.unauthorized',
  forbidden: 'errors.forbidden',
  notFound: 'errors.notFound',
  conflict: 'errors.conflict',
  tooManyRequests: 'errors.tooManyRequests',
  server: 'errors.server',
  unavailable: 'errors.unavailable',
  generic: 'errors.generic',
} as const;

/** True for an object that looks like an RFC 9457 problem (has at least one standard member). */
export function isProblemDetails(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return false;
  }
  const p = body as Record<string, unknown>;
  return (
    typeof p['detail'] === 'string' ||
    typeof p['title'] === 'string' ||
    typeof p['type'] === 'string' ||
    typeof p['status'] === 'number'
  );
}

/** Extracts problem details from an error body (object, or JSON text / Blob-less string). */
export function problemOf(error: HttpErrorResponse): ProblemDetails | undefined {
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  return isProblemDetails(body) ? body : undefined;
}

/**
 * Turns any error (usually an HttpErrorResponse) into a user message:
 * 1. problem+json `detail`;
 * 2. else problem `title`, only when `type` is set and is not "about:blank"
 *    (for about:blank the title is just the HTTP reason phrase, not worth showing);
 * 3. else a localized generic message chosen by status (network failure, 404, 5xx…).
 */
export function toUserMessage(error: unknown): UserMessage {
  if (isTimeout(error)) {
    return { key: ERROR_KEYS.timeout, status: 0 };
  }
  if (!(error instanceof HttpErrorResponse)) {
    return { key: ERROR_KEYS.generic, status: 0 };
  }
  if (error.status === 0) {
    // The request never got an HTTP answer (offline, DNS, CORS, aborted, server down).
    return { key: ERROR_KEYS.network, status: 0 };
  }
  const key = keyForStatus(error.status);
  const problem = problemOf(error);
  if (!problem) {
    return { key, status: error.status };
  }
  const text =
    nonBlank(problem.detail) ?? (hasSpecificType(problem) ? nonBlank(problem.title) : undefined);
  return text === undefined
    ? { key, status: error.status, problem }
    : { text, key, status: error.status, problem };
}

function keyForStatus(status: number): string {
  switch (status) {
    case 400:
    case 422:
      return ERROR_KEYS.badRequest;
    case 401:
      return ERROR_KEYS.unauthorized;
    case 403:
      return ERROR_KEYS.forbidden;
    case 404:
      return ERROR_KEYS.notFound;
    case 409:
      return ERROR_KEYS.conflict;
    case 429:
      return ERROR_KEYS.tooManyRequests;
    case 502:
    case 503:
    case 504:
      return ERROR_KEYS.unavailable;
    default:
      return status >= 500 ? ERROR_KEYS.server : ERROR_KEYS.generic;
  }
}

function hasSpecificType(problem: ProblemDetails): boolean {
  const type = nonBlank(problem.type);
  return type !== undefined && type !== 'about:blank';
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

/** One entry of a validation problem's `errors` array. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Field errors of a validation problem (`errors: [{field, message}]`) keyed by field name,
 * first message per field. Empty when the error carries none.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof HttpErrorResponse)) {
    return result;
  }
  const errors = problemOf(error)?.['errors'];
  if (!Array.isArray(errors)) {
    return result;
  }
  for (const entry of errors as unknown[]) {
    if (typeof entry !== 'object' || entry === null) {
      continue;
    }
    const { field, message } = entry as Partial<Record<keyof FieldError, unknown>>;
    const name = nonBlank(field);
    const text = nonBlank(message);
    if (name !== undefined && text !== undefined && !(name in result)) {
      result[name] = text;
    }
  }
  return result;
}

/**
 * Seconds to wait from a `Retry-After` header (delta-seconds or HTTP-date), rounded up and at
 * least 1; undefined when the error has no usable header.
 */
export function retryAfterSeconds(error: unknown, now: number = Date.now()): number | undefined {
  if (!(error instanceof HttpErrorResponse)) {
    return undefined;
  }
  const value = error.headers?.get('Retry-After')?.trim();
  if (!value) {
    return undefined;
  }
  if (/^\d+$/.test(value)) {
    return Math.max(1, Number.parseInt(value, 10));
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(1, Math.ceil((date - now) / 1000));
}
