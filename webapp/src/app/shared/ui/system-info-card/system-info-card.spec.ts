import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { API_INFO_URL, ApiInfoService } from '../../../core/api/api-info.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { provideI18n } from '../../../core/i18n/provide-i18n';
import { textOf } from '../../../testing/test-helpers';
import { SystemInfoCard } from './system-info-card';

describe('SystemInfoCard', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideI18n(), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(LanguageService).use('en');
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  it('shows an unknown database mode verbatim instead of failing', async () => {
    const fixture = TestBed.createComponent(SystemInfoCard);
    await fixture.whenStable();
    backend
      .expectOne(API_INFO_URL)
      .flush({ name: 'SkillFast', version: '1', databaseMode: 'CLUSTER' });
    await fixture.whenStable();

    expect(textOf(fixture, 'api-info-database')).toBe('unknown (CLUSTER)');
  });

  it('reuses already loaded info (one request for several cards)', async () => {
    const first = TestBed.createComponent(SystemInfoCard);
    await first.whenStable();
    backend
      .expectOne(API_INFO_URL)
      .flush({ name: 'SkillFast', version: '9', databaseMode: 'EXTERNAL' });

    const second = TestBed.createComponent(SystemInfoCard);
    await second.whenStable();

    backend.expectNone(API_INFO_URL);
    expect(textOf(second, 'api-info-version')).toBe('9');
    expect(TestBed.inject(ApiInfoService).info()?.databaseMode).toBe('EXTERNAL');
  });
});
