import {
  currencyDigits,
  formatMoney,
  formatSignedMoney,
  minorToMajor,
  parseMajorToMinor,
} from './money';

/** Intl uses narrow no-break spaces in some locales; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  describe('currencyDigits', () => {
    it('knows the ISO 4217 minor units, with 2 by default', () => {
      expect(currencyDigits('EUR')).toBe(2);
      expect(currencyDigits('usd')).toBe(2);
      expect(currencyDigits('COP')).toBe(2);
      expect(currencyDigits('JPY')).toBe(0);
      expect(currencyDigits('CLP')).toBe(0);
      expect(currencyDigits('KWD')).toBe(3);
      expect(currencyDigits('XYZ')).toBe(2);
    });
  });

  describe('formatMoney', () => {
    it('formats minor units in the UI language', () => {
      expect(formatMoney(150, 'EUR', 'en')).toBe('€1.50');
      expect(plain(formatMoney(150, 'EUR', 'es'))).toBe('1,50 €');
      expect(formatMoney(5, 'EUR', 'en')).toBe('€0.05');
      expect(formatMoney(1200, 'USD', 'en')).toBe('$12.00');
      expect(formatMoney(1_000_000, 'GBP', 'en')).toBe('£10,000.00');
    });

    it('does not divide 0-decimal currencies and keeps 3-decimal ones exact', () => {
      expect(formatMoney(150, 'JPY', 'en')).toBe('¥150');
      expect(plain(formatMoney(1500, 'CLP', 'es'))).toBe('1500 CLP');
      expect(plain(formatMoney(1234, 'KWD', 'en'))).toBe('KWD 1.234');
    });

    it('falls back to a plain amount for a code Intl rejects', () => {
      expect(formatMoney(150, 'E', 'en')).toBe('1.50 E');
      expect(formatMoney(Number.NaN, 'EUR', 'en')).toBe('');
    });
  });

  describe('formatSignedMoney', () => {
    it('always shows the sign of a movement', () => {
      expect(formatSignedMoney(150, 'EUR', 'en')).toBe('+€1.50');
      expect(formatSignedMoney(-150, 'EUR', 'en')).toBe('\u2212€1.50');
      expect(plain(formatSignedMoney(-2500, 'EUR', 'es'))).toBe('\u221225,00 €');
      expect(formatSignedMoney(0, 'EUR', 'en')).toBe('€0.00');
      expect(formatSignedMoney(Number.NaN, 'EUR', 'en')).toBe('');
    });
  });

  describe('minorToMajor', () => {
    it('writes minor units as a decimal string for inputs', () => {
      expect(minorToMajor(150, 'EUR')).toBe('1.50');
      expect(minorToMajor(5, 'EUR')).toBe('0.05');
      expect(minorToMajor(1200, 'EUR')).toBe('12.00');
      expect(minorToMajor(0, 'EUR')).toBe('0.00');
      expect(minorToMajor(12, 'JPY')).toBe('12');
      expect(minorToMajor(1005, 'KWD')).toBe('1.005');
      expect(minorToMajor(1.5, 'EUR')).toBe('');
    });
  });

  describe('parseMajorToMinor', () => {
    it('turns major units into exact integer minor units', () => {
      expect(parseMajorToMinor('1.5', 'EUR')).toBe(150);
      expect(parseMajorToMinor('0.05', 'EUR')).toBe(5);
      expect(parseMajorToMinor('12', 'EUR')).toBe(1200);
      expect(parseMajorToMinor('1.50', 'EUR')).toBe(150);
      expect(parseMajorToMinor(' 2.30 ', 'EUR')).toBe(230);
      expect(parseMajorToMinor('10000', 'EUR')).toBe(1_000_000);
    });

    it('is exact where float multiplication is not', () => {
      // 0.29 * 100 === 28.999999999999996, 1.15 * 100 === 114.99999999999999
      expect(parseMajorToMinor('0.29', 'EUR')).toBe(29);
      expect(parseMajorToMinor('1.15', 'EUR')).toBe(115);
      expect(parseMajorToMinor('4.35', 'EUR')).toBe(435);
      expect(parseMajorToMinor('9007199254740.99', 'EUR')).toBe(900719925474099);
    });

    it('accepts a decimal comma and shorthand forms', () => {
      expect(parseMajorToMinor('1,5', 'EUR')).toBe(150);
      expect(parseMajorToMinor('.5', 'EUR')).toBe(50);
      expect(parseMajorToMinor('3.', 'EUR')).toBe(300);
      expect(parseMajorToMinor('007', 'EUR')).toBe(700);
      expect(parseMajorToMinor('1.500', 'EUR')).toBe(150);
    });

    it('rejects anything that is not a plain non-negative amount', () => {
      for (const text of [
        '',
        '   ',
        'abc',
        '1.2.3',
        '1,000.50',
        '-1',
        '+1',
        '1e3',
        '1.505',
        '€1',
        '1 000',
        '.',
        'NaN',
        'Infinity',
        '99999999999999999999',
      ]) {
        expect(parseMajorToMinor(text, 'EUR'), text).toBeNull();
      }
    });

    it('follows the currency: whole units for JPY/CLP, three decimals for KWD', () => {
      expect(parseMajorToMinor('12', 'JPY')).toBe(12);
      expect(parseMajorToMinor('12.0', 'JPY')).toBe(12);
      expect(parseMajorToMinor('12.5', 'JPY')).toBeNull();
      expect(parseMajorToMinor('1500', 'CLP')).toBe(1500);
      expect(parseMajorToMinor('1.005', 'KWD')).toBe(1005);
      expect(parseMajorToMinor('1.0055', 'KWD')).toBeNull();
    });

    it('converts typed grant amounts like "25.00" to cents exactly', () => {
      expect(parseMajorToMinor('25.00', 'EUR')).toBe(2500);
      expect(parseMajorToMinor('25', 'EUR')).toBe(2500);
      expect(parseMajorToMinor('25,5', 'EUR')).toBe(2550);
      expect(parseMajorToMinor('0.01', 'EUR')).toBe(1);
      expect(parseMajorToMinor('19.99', 'USD')).toBe(1999);
      expect(parseMajorToMinor('2500', 'CLP')).toBe(2500);
    });

    it('round-trips with minorToMajor', () => {
      for (const minor of [1, 5, 29, 99, 100, 115, 150, 999_999, 1_000_000]) {
        expect(parseMajorToMinor(minorToMajor(minor, 'EUR'), 'EUR')).toBe(minor);
        expect(parseMajorToMinor(minorToMajor(minor, 'JPY'), 'JPY')).toBe(minor);
      }
    });
  });
});
