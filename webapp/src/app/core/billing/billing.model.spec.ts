import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { isIsoDate, isTransactionType, paymentRequiredOf, unitSuffixKey } from './billing.model';

function problem(status: number, body: unknown) {
  return new HttpErrorResponse({
    status,
    url: '/api/sessions',
    error: body,
    headers: new HttpHeaders({ 'Content-Type': 'application/problem+json' }),
  });
}

describe('billing model', () => {
  describe('paymentRequiredOf', () => {
    it('reads what is missing from the payment-required problem', () => {
      const error = problem(402, {
        type: 'urn:skillfast:problem:payment-required',
        title: 'Payment required',
        status: 402,
        detail: 'Not enough balance.',
        missing: { amount: 1250, currency: 'EUR' },
      });
      expect(paymentRequiredOf(error)).toEqual({ amount: 1250, currency: 'EUR' });
    });

    it('also reads the missing amount written flat (missingAmount, currency)', () => {
      expect(
        paymentRequiredOf(problem(402, { status: 402, missingAmount: 300, currency: 'EUR' })),
      ).toEqual({ amount: 300, currency: 'EUR' });
    });

    it("reads a cost centre's budget problem with `missing` as a number", () => {
      expect(
        paymentRequiredOf(problem(402, { status: 402, missing: 700, currency: 'USD' })),
      ).toEqual({ amount: 700, currency: 'USD' });
    });

    it('answers a 402 without a usable amount with nulls', () => {
      expect(paymentRequiredOf(problem(402, { status: 402, detail: 'Pay first.' }))).toEqual({
        amount: null,
        currency: null,
      });
      expect(
        paymentRequiredOf(problem(402, { status: 402, missing: { amount: 1.5, currency: 'EUR' } })),
      ).toEqual({ amount: null, currency: 'EUR' });
      expect(paymentRequiredOf(problem(402, '<html>'))).toEqual({ amount: null, currency: null });
    });

    it('is null for other errors', () => {
      expect(paymentRequiredOf(problem(409, { status: 409, detail: 'Busy.' }))).toBeNull();
      expect(paymentRequiredOf(new Error('x'))).toBeNull();
      expect(paymentRequiredOf(undefined)).toBeNull();
    });
  });

  it('recognises calendar dates written yyyy-mm-dd', () => {
    expect(isIsoDate('2026-03-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const text of [
      '',
      '2026-3-1',
      '2026-02-30',
      '2025-02-29',
      '01/03/2026',
      '2026-03-01T00:00',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('knows the transaction types', () => {
    expect(isTransactionType('SESSION_CHARGE')).toBe(true);
    expect(isTransactionType('session_charge')).toBe(false);
    expect(isTransactionType(undefined)).toBe(false);
  });

  it('says "per minute" only for 60-second units', () => {
    expect(unitSuffixKey(60)).toBe('billing.perMinute');
    expect(unitSuffixKey(undefined)).toBe('billing.perMinute');
    expect(unitSuffixKey(30)).toBe('billing.perUnit');
  });
});
