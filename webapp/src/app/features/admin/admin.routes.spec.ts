import { HttpTestingController } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService } from '@ngx-translate/core';

import { routes } from '../../app.routes';
import { ADMIN_AUDIT_API } from '../../core/audit/admin-audit.model';
import { LanguageService } from '../../core/i18n/language.service';
import { Lang } from '../../core/i18n/languages';
import { ADMIN_PAGES_EN, ADMIN_PAGES_ES } from '../../core/i18n/translations/admin-pages';
import { EN } from '../../core/i18n/translations/en';
import { ES } from '../../core/i18n/translations/es';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../testing/app-test-bed';
import { ADMIN_USERS_URL } from './users/admin-users.service';

describe('The admin routes and their texts', () => {
  it('keep the admin pages’ texts out of the initial bundle, but not their titles and nav entries', () => {
    for (const [eager, admin] of [
      [EN, ADMIN_PAGES_EN],
      [ES, ADMIN_PAGES_ES],
    ] as const) {
      for (const key of [
        'admin',
        'adminAudit',
        'adminBooks',
        'adminSessions',
        'adminDesk',
        'adminDashboard',
      ]) {
        expect(admin, key).toHaveProperty(key);
        expect(eager, key).not.toHaveProperty(key);
      }
      expect(eager, 'dashboards').not.toHaveProperty('dashboards');
      expect(typeof eager.titles.adminDashboard).toBe('string');
      expect(typeof eager.titles.adminAudit).toBe('string');
      expect(typeof eager.nav.adminAudit).toBe('string');
    }
  });

  describe('with the app’s routes', () => {
    let backend: HttpTestingController;
    let translate: TranslateService;

    /** The app in `lang`, with an administrator (who prefers it) signed in. */
    function setUp(lang: Lang): void {
      backend = setUpAppTest({ routes, lang });
      translate = TestBed.inject(TranslateService);
      signIn(backend, { id: 'u-admin', role: 'ADMIN', language: lang });
    }

    afterEach(() => endAppTest(backend));

    /** Opens `/admin/audit` by its URL (a deep link) and answers its requests with no records. */
    async function openAuditLog(): Promise<RouterTestingHarness> {
      const harness = await RouterTestingHarness.create('/admin/audit');
      backend.expectOne(ADMIN_AUDIT_API.actions).flush([]);
      backend
        .expectOne((r) => r.url === ADMIN_AUDIT_API.audit)
        .flush({ items: [], total: 0, page: 0, size: 20 });
      await harness.fixture.whenStable();
      return harness;
    }

    function heading(harness: RouterTestingHarness): string {
      return harness.routeNativeElement?.querySelector('h1')?.textContent?.trim() ?? '';
    }

    it('come with the admin routes, opened by URL, and follow a switch of language', async () => {
      setUp('en');
      expect(translate.instant('adminAudit.title')).toBe('adminAudit.title');
      expect(translate.instant('titles.adminAudit')).toBe('Audit log');

      const harness = await openAuditLog();
      expect(testIdQueries(() => harness.routeNativeElement!).q('audit-page')).not.toBeNull();
      expect(translate.instant('adminAudit.title')).toBe('Audit log');
      expect(heading(harness)).toBe('Audit log');
      expect(TestBed.inject(Title).getTitle()).toBe('Audit log · SkillFast');

      // Spanish loads after the admin routes: it comes with their texts, and with the others.
      TestBed.inject(LanguageService).use('es');
      await harness.fixture.whenStable();
      expect(translate.instant('adminAudit.title')).toBe('Registro de auditoría');
      expect(translate.instant('nav.admin')).toBe(ES.nav.admin);
      expect(heading(harness)).toBe('Registro de auditoría');
      expect(TestBed.inject(Title).getTitle()).toBe('Registro de auditoría · SkillFast');
    });

    it('do not change where the routes go: /admin is the users page', async () => {
      setUp('en');
      const harness = await RouterTestingHarness.create('/admin');
      backend
        .expectOne((r) => r.url === ADMIN_USERS_URL)
        .flush({
          items: [],
          total: 0,
          page: 0,
          size: 20,
        });
      await harness.fixture.whenStable();
      expect(TestBed.inject(Location).path()).toBe('/admin/users');
      expect(heading(harness)).toBe(ADMIN_PAGES_EN.admin.users.title);
      expect(TestBed.inject(Title).getTitle()).toBe(`${EN.titles.adminUsers} · SkillFast`);
    });

    it('join the languages loaded before them', async () => {
      setUp('es');
      expect(translate.instant('adminAudit.title')).toBe('adminAudit.title');

      const harness = await openAuditLog();
      expect(heading(harness)).toBe('Registro de auditoría');
      expect(TestBed.inject(Title).getTitle()).toBe('Registro de auditoría · SkillFast');

      TestBed.inject(LanguageService).use('en');
      await harness.fixture.whenStable();
      expect(heading(harness)).toBe('Audit log');
      expect(translate.instant('pager.next')).toBe(EN.pager.next);
      expect(TestBed.inject(Title).getTitle()).toBe('Audit log · SkillFast');
    });
  });
});
