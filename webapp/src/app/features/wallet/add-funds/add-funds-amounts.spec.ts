import { FormControl } from '@angular/forms';

import { parseMajorToMinor } from '../../../core/experts/money';
import {
  parseMinorParam,
  presetAmounts,
  providersFor,
  startingAmount,
  withinLimits,
} from './add-funds-amounts';
import { testProviders } from '../../../testing/payment-fixtures';

const limits = { minAmount: 500, maxAmount: 50000 };

describe('add funds amounts', () => {
  it('parses typed amounts into minor units exactly, never through floating point', () => {
    expect(parseMajorToMinor('12.50', 'EUR')).toBe(1250);
    expect(parseMajorToMinor('12,5', 'EUR')).toBe(1250);
    expect(parseMajorToMinor('0.29', 'EUR')).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(parseMajorToMinor('1.005', 'EUR')).toBeNull();
    expect(parseMajorToMinor('12', 'JPY')).toBe(12);
    expect(parseMajorToMinor('12.5', 'JPY')).toBeNull();
  });

  it('offers 10, 20, 50 and 100 in the currency, within the provider’s limits', () => {
    expect(presetAmounts(limits, 'EUR')).toEqual([1000, 2000, 5000, 10000]);
    expect(presetAmounts({ minAmount: 1500, maxAmount: 6000 }, 'EUR')).toEqual([2000, 5000]);
    expect(presetAmounts({ minAmount: 1, maxAmount: 100000 }, 'JPY')).toEqual([10, 20, 50, 100]);
  });

  it('starts from the amount asked for, raised to the minimum and capped at the maximum', () => {
    expect(startingAmount(1250, limits, 'EUR')).toBe(1250);
    expect(startingAmount(120, limits, 'EUR')).toBe(500);
    expect(startingAmount(90000, limits, 'EUR')).toBe(50000);
    expect(startingAmount(null, limits, 'EUR')).toBe(1000);
    expect(startingAmount(null, { minAmount: 15000, maxAmount: 20000 }, 'EUR')).toBe(15000);
  });

  it('checks a typed amount against the limits, leaving other mistakes to the format check', () => {
    const check = (text: string) =>
      withinLimits(
        () => limits,
        () => 'EUR',
      )(new FormControl(text));
    expect(check('4.99')).toEqual({ amountBelow: true });
    expect(check('5')).toBeNull();
    expect(check('500.00')).toBeNull();
    expect(check('500.01')).toEqual({ amountAbove: true });
    expect(check('abc')).toBeNull();
    expect(check('')).toBeNull();
  });

  it('reads whole minor units from the URL only', () => {
    expect(parseMinorParam('1250')).toBe(1250);
    for (const bad of [null, '', '-5', '12.5', '1e3', 'ten']) {
      expect(parseMinorParam(bad), String(bad)).toBeNull();
    }
  });

  it('keeps the providers that take the currency', () => {
    const providers = [
      ...testProviders(['STRIPE']),
      { ...testProviders(['DEMO'])[0], currencies: ['USD'] },
    ];
    expect(providersFor(providers, 'EUR').map((p) => p.id)).toEqual(['STRIPE']);
    expect(providersFor(providers, 'USD').map((p) => p.id)).toEqual(['DEMO']);
  });
});
