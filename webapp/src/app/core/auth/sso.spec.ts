import { SSO_ERROR_CODES, ssoErrorCode, ssoStartUrl } from './sso';

describe('ssoErrorCode', () => {
  it.each(SSO_ERROR_CODES.map((code) => [code]))('knows %s', (code) => {
    expect(ssoErrorCode(code)).toBe(code);
  });

  it('treats unknown codes as provider_error and a missing one as none', () => {
    expect(ssoErrorCode('teapot')).toBe('provider_error');
    expect(ssoErrorCode('DENIED')).toBe('provider_error');
    expect(ssoErrorCode(undefined)).toBeNull();
    expect(ssoErrorCode('  ')).toBeNull();
  });
});

describe('ssoStartUrl', () => {
  it('adds the in-app path to come back to', () => {
    expect(ssoStartUrl('/wallet?page=2')).toBe('/api/auth/sso/start?returnTo=%2Fwallet%3Fpage%3D2');
    expect(ssoStartUrl('/', '/api/auth/sso/start')).toBe('/api/auth/sso/start?returnTo=%2F');
  });

  it('never comes back outside the app, nor to the sign-in pages', () => {
    for (const target of ['https://evil.example.com', '//evil.example.com', '/login?x=1', '']) {
      expect(ssoStartUrl(target)).toBe('/api/auth/sso/start?returnTo=%2F');
    }
  });

  it("uses the server's start path, but only an app-relative one", () => {
    expect(ssoStartUrl('/x', '/sso/begin?tenant=a')).toBe('/sso/begin?tenant=a&returnTo=%2Fx');
    expect(ssoStartUrl('/x', 'https://evil.example.com/start')).toBe(
      '/api/auth/sso/start?returnTo=%2Fx',
    );
    expect(ssoStartUrl('/x', '//evil.example.com/start')).toBe('/api/auth/sso/start?returnTo=%2Fx');
    expect(ssoStartUrl('/x', null)).toBe('/api/auth/sso/start?returnTo=%2Fx');
  });
});
