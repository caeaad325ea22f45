import { FormControl } from '@angular/forms';

import { positiveAmount } from './money-validators';

describe('positiveAmount', () => {
  let currency = 'EUR';
  const control = (value: string) =>
    new FormControl(
      value,
      positiveAmount(() => currency),
    );

  beforeEach(() => (currency = 'EUR'));

  it('accepts amounts in major units, empty ones too (required is separate)', () => {
    for (const value of ['25.00', '25', '0,50', '.5', '', '  ']) {
      expect(control(value).errors, value).toBeNull();
    }
  });

  it('rejects malformed amounts and zero', () => {
    for (const value of ['abc', '-5', '1.005', '1,000.00', '1e3']) {
      expect(control(value).errors, value).toEqual({ amountFormat: true });
    }
    expect(control('0').errors).toEqual({ amountPositive: true });
    expect(control('0.00').errors).toEqual({ amountPositive: true });
  });

  it('follows the currency: no decimals for CLP', () => {
    currency = 'CLP';
    expect(control('2500').errors).toBeNull();
    expect(control('25.50').errors).toEqual({ amountFormat: true });
  });
});
