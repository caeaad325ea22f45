import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import {
  ERROR_KEYS,
  fieldErrorsOf,
  isProblemDetails,
  retryAfterSeconds,
  toUserMessage,
} from './problem';

function httpError(status: number, error: unknown, contentType = 'application/problem+json') {
  return new HttpErrorResponse({
    status,
    statusText: 'x',
    url: '/api/info',
    error,
    headers: new HttpHeaders({ 'Content-Type': contentType }),
  });
}

describe('toUserMessage', () => {
  it('uses the problem+json detail when present', () => {
    const problem = {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'La base de datos no está disponible.',
    };

    const msg = toUserMessage(httpError(503, problem));

    expect(msg.text).toBe('La base de datos no está disponible.');
    expect(msg.status).toBe(503);
    expect(msg.problem).toEqual(problem);
  });

  it('parses a problem delivered as a JSON string body', () => {
    const msg = toUserMessage(httpError(400, JSON.stringify({ status: 400, detail: 'Bad rate' })));
    expect(msg.text).toBe('Bad rate');
  });

  it('uses the title of a specific problem type when there is no detail', () => {
    const msg = toUserMessage(
      httpError(409, { type: 'https://skillfast.example/problems/busy', title: 'Expert is busy' }),
    );
    expect(msg.text).toBe('Expert is busy');
  });

  it('ignores blank details and about:blank titles (just the reason phrase) → generic by status', () => {
    const msg = toUserMessage(
      httpError(500, { type: 'about:blank', title: 'Internal Server Error', detail: '  ' }),
    );
    expect(msg.text).toBeUndefined();
    expect(msg.key).toBe(ERROR_KEYS.server);
    expect(msg.status).toBe(500);
  });

  it('reports a network failure (status 0) with the network message', () => {
    const error = new HttpErrorResponse({
      status: 0,
      statusText: 'Unknown Error',
      error: new ProgressEvent('error'),
    });

    const msg = toUserMessage(error);

    expect(msg).toEqual({ key: ERROR_KEYS.network, status: 0 });
  });

  it.each([
    [400, ERROR_KEYS.badRequest],
    [401, ERROR_KEYS.unauthorized],
    [403, ERROR_KEYS.forbidden],
    [404, ERROR_KEYS.notFound],
    [409, ERROR_KEYS.conflict],
    [429, ERROR_KEYS.tooManyRequests],
    [500, ERROR_KEYS.server],
    [503, ERROR_KEYS.unavailable],
    [418, ERROR_KEYS.generic],
  ])('falls back to a generic message for a non-problem %i body', (status, key) => {
    const msg = toUserMessage(httpError(status, '<html>oops</html>', 'text/html'));
    expect(msg).toEqual({ key, status });
  });

  it('handles errors that are not HTTP errors', () => {
    expect(toUserMessage(new Error('boom'))).toEqual({ key: ERROR_KEYS.generic, status: 0 });
    expect(toUserMessage(undefined)).toEqual({ key: ERROR_KEYS.generic, status: 0 });
    const timeout = Object.assign(new Error('Timeout has occurred'), { name: 'TimeoutError' });
    expect(toUserMessage(timeout)).toEqual({ key: ERROR_KEYS.timeout, status: 0 });
  });
});

describe('isProblemDetails', () => {
  it('recognises objects with standard members only', () => {
    expect(isProblemDetails({ detail: 'x' })).toBe(true);
    expect(isProblemDetails({ status: 500 })).toBe(true);
    expect(isProblemDetails({ foo: 'bar' })).toBe(false);
    expect(isProblemDetails([])).toBe(false);
    expect(isProblemDetails(null)).toBe(false);
    expect(isProblemDetails('detail')).toBe(false);
  });
});

describe('error keys', () => {
  it('all have an English and a Spanish translation', async () => {
    const { EN } = await import('../i18n/translations/en');
    const { ES } = await import('../i18n/translations/es');
    for (const key of Object.values(ERROR_KEYS)) {
      const [group, name] = key.split('.') as ['errors', keyof typeof EN.errors];
      expect(group).toBe('errors');
      expect(EN.errors[name], key).toBeTruthy();
      expect(ES.errors[name], key).toBeTruthy();
    }
  });
});

describe('fieldErrorsOf', () => {
  it('maps problem errors[] to a field → message record (first message wins)', () => {
    const error = httpError(400, {
      status: 400,
      detail: 'Invalid data',
      errors: [
        { field: 'email', message: 'Not an e-mail address' },
        { field: 'password', message: 'Too short' },
        { field: 'email', message: 'second message is ignored' },
        { field: '', message: 'no field' },
        { message: 'no field either' },
        'garbage',
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ email: 'Not an e-mail address', password: 'Too short' });
  });

  it('is empty without errors[] or for non-HTTP errors', () => {
    expect(fieldErrorsOf(httpError(400, { status: 400, detail: 'x' }))).toEqual({});
    expect(fieldErrorsOf(httpError(400, { status: 400, errors: 'nope' }))).toEqual({});
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});

describe('retryAfterSeconds', () => {
  function tooMany(retryAfter?: string) {
    return new HttpErrorResponse({
      status: 429,
      url: '/api/auth/login',
      headers:
        retryAfter === undefined
          ? new HttpHeaders()
          : new HttpHeaders({ 'Retry-After': retryAfter }),
    });
  }

  it('reads delta-seconds', () => {
    expect(retryAfterSeconds(tooMany('42'))).toBe(42);
    expect(retryAfterSeconds(tooMany(' 7 '))).toBe(7);
    expect(retryAfterSeconds(tooMany('0'))).toBe(1);
  });

  it('reads an HTTP-date relative to now', () => {
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(retryAfterSeconds(tooMany('Thu, 01 Jan 2026 10:00:30 GMT'), now)).toBe(30);
  });

  it('is undefined when missing or unparsable', () => {
    expect(retryAfterSeconds(tooMany())).toBeUndefined();
    expect(retryAfterSeconds(tooMany('soon'))).toBeUndefined();
    expect(retryAfterSeconds(new Error('x'))).toBeUndefined();
  });
});
