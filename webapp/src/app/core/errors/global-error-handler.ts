import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, ErrorHandler, Injectable, Injector, inject } from '@angular/core';
import { Router } from '@angular/router';

import { ApiInfoService } from '../api/api-info.service';
import { withoutAuth } from '../auth/auth-http-context';

export const CLIENT_ERRORS_URL = '/api/client-errors';

/** At most this many reports per {@link RATE_WINDOW_MS}. */
export const MAX_REPORTS_PER_WINDOW = 5;
export const RATE_WINDOW_MS = 60_000;

/** Field limits of `POST /api/client-errors`. */
export const REPORT_LIMITS = { message: 2000, route: 2000, stack: 8000, appVersion: 64 } as const;

/** Body of `POST /api/client-errors`. */
export interface ClientErrorReport {
  message: string;
  route: string;
  stack?: string;
  appVersion: string;
}

/**
 * Replaces Angular's default ErrorHandler: logs to the console as before and reports the error
 * to the server (`POST /api/client-errors`), at most {@link MAX_REPORTS_PER_WINDOW} per minute,
 * never the same message twice in a row, and never errors caused by its own report.
 */
@Injectable()
export class GlobalErrorHandler implements ErrorHandler {
  // Dependencies are resolved lazily: the ErrorHandler is created very early and must not pull
  // HttpClient (and through it interceptors, router, …) into a dependency cycle.
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly sentAt: number[] = [];
  private lastMessage?: string;
  private reporting = false;

  handleError(error: unknown): void {
    console.error(error);
    if (this.reporting) {
      return; // an error thrown while building or sending a report
    }
    this.reporting = true;
    try {
      this.report(error);
    } catch {
      // Reporting must never make things worse.
    } finally {
      this.reporting = false;
    }
  }

  private report(error: unknown): void {
    if (isOwnReportFailure(error)) {
      return;
    }
    const text = messageOf(error).trim();
    const message = truncate(text === '' ? 'Unknown error' : text, REPORT_LIMITS.message);
    if (message === this.lastMessage || !this.takeSlot(Date.now())) {
      return;
    }
    this.lastMessage = message;
    const body: ClientErrorReport = {
      message,
      route: truncate(this.route(), REPORT_LIMITS.route),
      appVersion: truncate(this.appVersion(), REPORT_LIMITS.appVersion),
    };
    const stack = stackOf(error);
    if (stack) {
      body.stack = truncate(stack, REPORT_LIMITS.stack);
    }
    this.injector
      .get(HttpClient)
      .post(CLIENT_ERRORS_URL, body, { context: withoutAuth() })
      .subscribe({ error: () => undefined }); // a failed report is dropped, never re-reported
  }

  /** Sliding window rate limit. */
  private takeSlot(now: number): boolean {
    while (this.sentAt.length > 0 && now - this.sentAt[0] >= RATE_WINDOW_MS) {
      this.sentAt.shift();
    }
    if (this.sentAt.length >= MAX_REPORTS_PER_WINDOW) {
      return false;
    }
    this.sentAt.push(now);
    return true;
  }

  private route(): string {
    let url: string | undefined;
    try {
      url = this.injector.get(Router, null)?.url;
    } catch {
      url = undefined;
    }
    url ??= this.document.location?.pathname;
    // The server wants "/" followed by no whitespace.
    return url?.startsWith('/') ? url.replace(/\s/g, encodeURIComponent) : '/';
  }

  private appVersion(): string {
    try {
      return this.injector.get(ApiInfoService, null)?.info()?.version || 'unknown';
    } catch {
      return 'unknown';
    }
  }
}

function isOwnReportFailure(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    typeof error.url === 'string' &&
    new URL(error.url, 'http://x').pathname === CLIENT_ERRORS_URL
  );
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const text = error.message?.trim();
    return text ? `${error.name}: ${text}` : error.name || 'Error';
  }
  if (typeof error === 'string' && error.trim() !== '') {
    return error;
  }
  if (typeof error === 'object' && error !== null) {
    const text = (error as { message?: unknown }).message;
    if (typeof text === 'string' && text.trim() !== '') {
      return text;
    }
    try {
      return JSON.stringify(error) ?? String(error);
    } catch {
      return String(error);
    }
  }
  return String(error ?? '');
}

function stackOf(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  return typeof stack === 'string' && stack.trim() !== '' ? stack : undefined;
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : value.slice(0, max - 1) + '…';
}
