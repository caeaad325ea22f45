import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { AttemptKey, newIdempotencyKey } from './idempotency';
import { EXTERNAL_NAVIGATION, injectRedirect } from './redirect';
import { TopupReturnStore } from './topup-return';

@Component({ template: '' })
class Blank {}

describe('newIdempotencyKey', () => {
  it('makes random UUID v4 keys from getRandomValues', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
    const zeros = { getRandomValues: <T>(bytes: T) => bytes } as unknown as Crypto;
    expect(newIdempotencyKey(zeros)).toBe('00000000-0000-4000-8000-000000000000');
  });
});

describe('AttemptKey', () => {
  it('keeps one key while the attempt stays the same, and a new one after a change or a success', () => {
    let n = 0;
    const attempt = new AttemptKey(() => `k${++n}`);
    expect(attempt.for('{"amount":2000}')).toBe('k1');
    expect(attempt.for('{"amount":2000}')).toBe('k1'); // a retry after a lost answer
    expect(attempt.for('{"amount":5000}')).toBe('k2');
    attempt.done();
    expect(attempt.for('{"amount":5000}')).toBe('k3');
  });
});

describe('TopupReturnStore', () => {
  let store: TopupReturnStore;
  beforeEach(() => {
    sessionStorage.clear();
    store = TestBed.inject(TopupReturnStore);
  });
  afterEach(() => sessionStorage.clear());

  it('gives back, for the same top-up only, the app path and its name', () => {
    store.keep('t-1', { path: '/experts/e-1', label: 'Laura' });
    expect(store.read('t-1')).toEqual({ path: '/experts/e-1', label: 'Laura' });
    expect(store.read('t-2')).toBeNull();
    store.keep('t-2', { path: '/sessions', label: null });
    expect(store.read('t-1')).toBeNull();
    expect(store.read('t-2')).toEqual({ path: '/sessions', label: null });
    store.clear();
    expect(store.read('t-2')).toBeNull();
  });

  it('keeps no other site and reads nothing unsafe or malformed', () => {
    store.keep('t-1', { path: 'https://evil.test/', label: 'x' });
    expect(store.read('t-1')).toBeNull();
    sessionStorage.setItem('skillfast.topupReturn', '{"topupId":"t-1","path":"//evil.test"}');
    expect(store.read('t-1')).toBeNull();
    sessionStorage.setItem('skillfast.topupReturn', 'not json');
    expect(store.read('t-1')).toBeNull();
  });
});

describe('injectRedirect', () => {
  const leave = vi.fn();
  let redirect: (url: string) => void;
  beforeEach(() => {
    leave.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        { provide: EXTERNAL_NAVIGATION, useValue: leave },
      ],
    });
    redirect = TestBed.runInInjectionContext(() => injectRedirect());
  });

  it('follows this app’s own URLs with the router', async () => {
    const router = TestBed.inject(Router);
    redirect(`${location.origin}/wallet/topups/t-1/demo-pay?x=1`);
    await vi.waitFor(() => expect(router.url).toBe('/wallet/topups/t-1/demo-pay?x=1'));
    expect(leave).not.toHaveBeenCalled();
  });

  it('leaves for any other site with a full page load', () => {
    redirect('https://checkout.stripe.test/c/pay/cs_1');
    expect(leave).toHaveBeenCalledWith('https://checkout.stripe.test/c/pay/cs_1');
  });
});
