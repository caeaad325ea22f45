import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationStart, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';

import { Icon } from '../../../shared/ui/icon/icon';
import { AuthService } from '../../auth/auth.service';
import { LanguageService } from '../../i18n/language.service';
import { ReconnectBanner } from '../reconnect-banner/reconnect-banner';
import { Lang } from '../../i18n/languages';

/**
 * Site header: brand, role-aware navigation (clients and experts get "Sessions", experts
 * "My expert profile", administrators an admin sub-navigation), the ES/EN language switch and
 * the account area (sign-in links, or the user's menu with Wallet, Earnings for experts, Profile
 * and Sign out).
 */
@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, Icon, ReconnectBanner],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:click)': 'onDocumentClick($event)',
  },
})
export class Header {
  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly menu = viewChild<ElementRef<HTMLElement>>('menu');
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');

  protected readonly lang = this.language.lang;
  protected readonly langs = this.language.supported;
  protected readonly user = this.auth.user;
  protected readonly isAdmin = computed(() => this.auth.role() === 'ADMIN');
  protected readonly isExpert = computed(() => this.auth.role() === 'EXPERT');
  /** Clients and experts take part in sessions. */
  protected readonly hasSessions = computed(() => this.auth.hasRole('CLIENT', 'EXPERT'));
  protected readonly adminLinks = [
    { path: '/admin/users', label: 'nav.adminUsers', testId: 'nav-admin-users' },
    { path: '/admin/categories', label: 'nav.adminCategories', testId: 'nav-admin-categories' },
    { path: '/admin/experts', label: 'nav.adminExperts', testId: 'nav-admin-experts' },
  ];
  protected readonly initial = computed(
    () => this.user()?.displayName.trim().charAt(0).toUpperCase() || '?',
  );
  protected readonly menuOpen = signal(false);
  protected readonly signingOut = signal(false);

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationStart),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  protected setLang(lang: Lang): void {
    this.language.use(lang);
    this.auth.saveLanguage(lang);
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  /** Escape closes the menu and gives focus back to its button. */
  protected closeMenu(restoreFocus = false): void {
    if (!this.menuOpen()) {
      return;
    }
    this.menuOpen.set(false);
    if (restoreFocus) {
      this.menuButton()?.nativeElement.focus();
    }
  }

  protected onDocumentClick(event: Event): void {
    const menu = this.menu()?.nativeElement;
    if (this.menuOpen() && menu && !menu.contains(event.target as Node)) {
      this.menuOpen.set(false);
    }
  }

  /** Closes the menu when keyboard focus leaves it. */
  protected onMenuFocusOut(event: FocusEvent): void {
    const menu = this.menu()?.nativeElement;
    const next = event.relatedTarget as Node | null;
    if (menu && next && !menu.contains(next)) {
      this.menuOpen.set(false);
    }
  }

  protected logout(): void {
    if (this.signingOut()) {
      return;
    }
    this.signingOut.set(true);
    const done = () => {
      this.signingOut.set(false);
      this.menuOpen.set(false);
      void this.router.navigateByUrl('/');
    };
    this.auth.logout().subscribe({ complete: done, error: done });
  }
}
