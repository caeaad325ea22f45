import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ErrorHandler } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Elsewhere, setUpAppTest } from '../../testing/app-test-bed';
import { flushProblem, testSession } from '../../testing/auth-fixtures';
import { API_INFO_URL, ApiInfoService } from '../api/api-info.service';
import { AUTH_API } from '../auth/auth.model';
import { AuthService } from '../auth/auth.service';
import {
  CLIENT_ERRORS_URL,
  ClientErrorReport,
  GlobalErrorHandler,
  MAX_REPORTS_PER_WINDOW,
  RATE_WINDOW_MS,
} from './global-error-handler';

describe('GlobalErrorHandler', () => {
  let handler: ErrorHandler;
  let backend: HttpTestingController;
  let consoleError: ReturnType<typeof vi.spyOn>;
  let now: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    backend = setUpAppTest({
      routes: [{ path: '**', component: Elsewhere }],
      providers: [{ provide: ErrorHandler, useClass: GlobalErrorHandler }],
    });
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    handler = TestBed.inject(ErrorHandler);
  });

  afterEach(() => {
    backend.verify();
    vi.restoreAllMocks();
    localStorage.clear();
  });

  function reports(): ClientErrorReport[] {
    return backend.match(CLIENT_ERRORS_URL).map((req) => {
      expect(req.request.method).toBe('POST');
      req.flush({ errorId: 'e-1' }, { status: 202, statusText: 'Accepted' });
      return req.request.body as ClientErrorReport;
    });
  }

  it('still logs to the console and reports message, route, stack and version', async () => {
    await TestBed.inject(Router).navigateByUrl('/experts?q=tax');
    const error = new TypeError('x is undefined');

    handler.handleError(error);

    expect(consoleError).toHaveBeenCalledWith(error);
    const [report] = reports();
    expect(report.message).toBe('TypeError: x is undefined');
    expect(report.route).toBe('/experts?q=tax');
    expect(report.stack).toBe(error.stack);
    expect(report.appVersion).toBe('unknown');
  });

  it('uses the server version once /api/info has loaded', () => {
    TestBed.inject(ApiInfoService).load();
    backend
      .expectOne(API_INFO_URL)
      .flush({ name: 'SkillFast', version: '1.4.2', databaseMode: 'EMBEDDED' });

    handler.handleError(new Error('boom'));

    expect(reports()[0].appVersion).toBe('1.4.2');
  });

  it('sends reports without the access token', () => {
    const auth = TestBed.inject(AuthService);
    auth.login({ email: 'a@example.com', password: 'secret-password' }).subscribe();
    backend.expectOne(AUTH_API.login).flush(testSession({ accessToken: 'tok' }));

    handler.handleError(new Error('boom'));

    const req = backend.expectOne(CLIENT_ERRORS_URL);
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({ errorId: 'e' });
  });

  it(`sends at most ${MAX_REPORTS_PER_WINDOW} reports per minute`, () => {
    for (let i = 1; i <= 8; i++) {
      handler.handleError(new Error(`error ${i}`));
    }
    expect(reports().map((r) => r.message)).toEqual([
      'Error: error 1',
      'Error: error 2',
      'Error: error 3',
      'Error: error 4',
      'Error: error 5',
    ]);
    expect(consoleError).toHaveBeenCalledTimes(8);

    now.mockReturnValue(1_000_000 + RATE_WINDOW_MS - 1);
    handler.handleError(new Error('still too soon'));
    expect(reports()).toEqual([]);

    now.mockReturnValue(1_000_000 + RATE_WINDOW_MS);
    handler.handleError(new Error('a minute later'));
    expect(reports().map((r) => r.message)).toEqual(['Error: a minute later']);
  });

  it('never reports the same message twice in a row', () => {
    handler.handleError(new Error('same'));
    handler.handleError(new Error('same'));
    handler.handleError(new Error('other'));
    handler.handleError(new Error('same'));
    expect(reports().map((r) => r.message)).toEqual(['Error: same', 'Error: other', 'Error: same']);
  });

  it('does not report the failure of its own report (no loops)', () => {
    handler.handleError(new Error('first'));
    const req = backend.expectOne(CLIENT_ERRORS_URL);
    flushProblem(req, 500);
    // The failed POST is swallowed, and an error about that endpoint is never reported.
    handler.handleError(
      new HttpErrorResponse({ status: 500, url: `${location.origin}${CLIENT_ERRORS_URL}` }),
    );
    handler.handleError(new HttpErrorResponse({ status: 429, url: CLIENT_ERRORS_URL }));
    backend.expectNone(CLIENT_ERRORS_URL);
    backend.expectNone(AUTH_API.refresh);
  });

  it('truncates fields to the server limits', () => {
    const error = new Error('m'.repeat(5000));
    error.stack = 's'.repeat(20_000);

    handler.handleError(error);

    const [report] = reports();
    expect(report.message.length).toBe(2000);
    expect(report.stack?.length).toBe(8000);
  });

  it('reports non-Error values too', () => {
    handler.handleError('plain string failure');
    handler.handleError({ message: 'object with message' });
    expect(reports().map((r) => r.message)).toEqual([
      'plain string failure',
      'object with message',
    ]);
  });
});
