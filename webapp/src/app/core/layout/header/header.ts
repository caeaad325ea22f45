import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationStart, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';

import { Icon } from '../../../shared/ui/icon/icon';
import { AuthOptionsService } from '../../auth/auth-options.service';
import { AuthService } from '../../auth/auth.service';
import { MyCostCentres } from '../../cost-centres/my-cost-centres';
import { PendingApprovals } from '../../cost-centres/pending-approvals';
import { LanguageService } from '../../i18n/language.service';
import { ReconnectBanner } from '../reconnect-banner/reconnect-banner';
import { Lang } from '../../i18n/languages';

/** A link of the main or admin navigation; `count` shows as a badge (e.g. approvals waiting). */
interface NavLink {
  path: string;
  label: string;
  testId: string;
  count?: number;
}

/**
 * Site header: brand (the home link), role-aware navigation (clients and experts get "Sessions",
 * experts "My expert profile" and "Desk queue", approvers of a cost centre "Approvals" with the
 * number waiting, administrators "Admin" and an admin sub-navigation), the ES/EN
 * language switch and the account area (sign-in links — "Create account" only where the desk allows
 * self-service sign-up —, or the user's menu with Wallet, Earnings
 * and Payouts for experts, Profile and Sign out). One line from 1024 px up; below that the navigation,
 * language switch and sign-in links fold behind a menu button (a disclosure: aria-expanded and
 * aria-controls, Escape closes it and gives focus back to the button, and it closes on
 * navigation, on a click outside and when focus leaves it).
 */
@Component({
  selector: 'app-header',
  imports: [NgTemplateOutlet, RouterLink, RouterLinkActive, TranslatePipe, Icon, ReconnectBanner],
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
  private readonly authOptions = inject(AuthOptionsService);
  private readonly router = inject(Router);
  private readonly myCentres = inject(MyCostCentres);
  private readonly pendingApprovals = inject(PendingApprovals);
  private readonly menu = viewChild<ElementRef<HTMLElement>>('menu');
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');
  private readonly nav = viewChild.required<ElementRef<HTMLElement>>('nav');
  private readonly navToggle = viewChild.required<ElementRef<HTMLButtonElement>>('navToggle');

  protected readonly lang = this.language.lang;
  protected readonly langs = this.language.supported;
  protected readonly user = this.auth.user;
  /** "Create account" unless the desk said there is no self-service sign-up. */
  protected readonly signupOpen = this.authOptions.localSignup;
  protected readonly isAdmin = computed(() => this.auth.role() === 'ADMIN');
  protected readonly isExpert = computed(() => this.auth.role() === 'EXPERT');
  /** Clients and experts take part in sessions. */
  protected readonly hasSessions = computed(() => this.auth.hasRole('CLIENT', 'EXPERT'));
  /** Approvers of a cost centre get "Approvals", with the count of those waiting. */
  protected readonly isApprover = this.myCentres.isApprover;
  protected readonly navLinks = computed(() => {
    const links: NavLink[] = [
      { path: '/experts', label: 'nav.experts', testId: 'nav-experts' },
      { path: '/about', label: 'nav.about', testId: 'nav-about' },
    ];
    if (this.hasSessions()) {
      links.push({ path: '/sessions', label: 'nav.sessions', testId: 'nav-sessions' });
    }
    if (this.isExpert()) {
      links.push({
        path: '/expert/profile',
        label: 'nav.expertProfile',
        testId: 'nav-expert-profile',
      });
      links.push({ path: '/expert/desk', label: 'nav.expertDesk', testId: 'nav-expert-desk' });
    }
    if (this.isApprover()) {
      links.push({
        path: '/approvals',
        label: 'nav.approvals',
        testId: 'nav-approvals',
        count: this.pendingApprovals.count(),
      });
    }
    if (this.isAdmin()) {
      links.push({ path: '/admin/users', label: 'nav.admin', testId: 'nav-admin' });
    }
    return links;
  });
  /**
   * The user's menu: Dashboard (clients and experts), Wallet, Earnings and Payouts (experts),
   * Profile; Sign out follows them.
   */
  protected readonly accountLinks = computed(() => [
    ...(this.hasSessions()
      ? [
          {
            path: '/dashboard',
            label: 'nav.dashboard',
            testId: 'nav-dashboard',
            icon: 'chart' as const,
          },
        ]
      : []),
    { path: '/wallet', label: 'nav.wallet', testId: 'nav-wallet', icon: 'wallet' as const },
    ...(this.isExpert()
      ? [
          {
            path: '/earnings',
            label: 'nav.earnings',
            testId: 'nav-earnings',
            icon: 'coins' as const,
          },
          {
            path: '/payouts',
            label: 'nav.payouts',
            testId: 'nav-payouts',
            icon: 'banknote' as const,
          },
        ]
      : []),
    { path: '/profile', label: 'nav.profile', testId: 'nav-profile', icon: 'user' as const },
  ]);
  protected readonly adminLinks = [
    { path: '/admin/dashboard', label: 'nav.adminDashboard', testId: 'nav-admin-dashboard' },
    { path: '/admin/users', label: 'nav.adminUsers', testId: 'nav-admin-users' },
    { path: '/admin/categories', label: 'nav.adminCategories', testId: 'nav-admin-categories' },
    { path: '/admin/experts', label: 'nav.adminExperts', testId: 'nav-admin-experts' },
    { path: '/admin/topups', label: 'nav.adminTopups', testId: 'nav-admin-topups' },
    { path: '/admin/payouts', label: 'nav.adminPayouts', testId: 'nav-admin-payouts' },
    {
      path: '/admin/cost-centres',
      label: 'nav.adminCostCentres',
      testId: 'nav-admin-cost-centres',
    },
    { path: '/admin/desk', label: 'nav.adminDesk', testId: 'nav-admin-desk' },
    { path: '/admin/sessions', label: 'nav.adminSessions', testId: 'nav-admin-sessions' },
    { path: '/admin/books', label: 'nav.adminBooks', testId: 'nav-admin-books' },
    { path: '/admin/audit', label: 'nav.adminAudit', testId: 'nav-admin-audit' },
  ];
  protected readonly initial = computed(
    () => this.user()?.displayName.trim().charAt(0).toUpperCase() || '?',
  );
  protected readonly menuOpen = signal(false);
  /** The phone menu (navigation, languages, sign-in links); always shown from 1024 px up. */
  protected readonly navOpen = signal(false);
  protected readonly signingOut = signal(false);

  constructor() {
    // Signed-out visitors see the sign-in links: learn whether sign-up is offered (once).
    effect(() => {
      if (!this.user()) {
        untracked(() => this.authOptions.ensureLoaded());
      }
    });
    // Signed in: the user's cost centres tell whether "Approvals" shows; approvers get its count.
    effect(() => {
      if (this.user() && this.auth.isAuthenticated()) {
        untracked(() => this.myCentres.ensureLoaded());
      }
    });
    effect(() => {
      if (this.isApprover()) {
        untracked(() => this.pendingApprovals.ensureLoaded());
      }
    });
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationStart),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.menuOpen.set(false);
        this.navOpen.set(false);
      });
  }

  protected setLang(lang: Lang): void {
    this.language.use(lang);
    this.auth.saveLanguage(lang);
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
    this.navOpen.set(false);
  }

  protected toggleNav(): void {
    this.navOpen.update((open) => !open);
    this.menuOpen.set(false);
  }

  /** Escape closes the phone menu and gives focus back to its button. */
  protected closeNav(restoreFocus = false): void {
    if (!this.navOpen()) {
      return;
    }
    this.navOpen.set(false);
    if (restoreFocus) {
      this.navToggle().nativeElement.focus();
    }
  }

  /** A link chosen in the phone menu closes it (also when it leads to the page already shown). */
  protected onNavClick(event: Event): void {
    if ((event.target as Element).closest('a')) {
      this.navOpen.set(false);
    }
  }

  /** Closes the phone menu when keyboard focus leaves both it and its button. */
  protected onNavFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !this.inNav(next)) {
      this.navOpen.set(false);
    }
  }

  private inNav(node: Node): boolean {
    return this.nav().nativeElement.contains(node) || this.navToggle().nativeElement.contains(node);
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
    const target = event.target as Node;
    const menu = this.menu()?.nativeElement;
    if (this.menuOpen() && menu && !menu.contains(target)) {
      this.menuOpen.set(false);
    }
    if (this.navOpen() && !this.inNav(target)) {
      this.navOpen.set(false);
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
