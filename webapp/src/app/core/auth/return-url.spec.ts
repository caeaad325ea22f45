import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/profile', '/profile'],
    ['/admin/users?q=ana&page=2', '/admin/users?q=ana&page=2'],
    ['/', '/'],
  ])('keeps the app path %s', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['https://evil.example.com/'],
    ['//evil.example.com'],
    ['/\\evil.example.com'],
    ['javascript:alert(1)'],
    ['profile'],
    ['/login'],
    ['/login?returnUrl=%2Fx'],
    ['/register'],
  ])('rejects %s', (value) => {
    expect(safeReturnUrl(value)).toBe('/');
    expect(safeReturnUrl(value, '/profile')).toBe('/profile');
  });

  it('does not confuse /loginhelp with /login', () => {
    expect(safeReturnUrl('/loginhelp')).toBe('/loginhelp');
  });
});
