import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { BehaviorSubject, debounceTime, distinctUntilChanged, map } from 'rxjs';

import { ROLES, Role, User } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { GrantCredit } from './grant-credit';
import { Icon } from '../../../shared/ui/icon/icon';
import { AdminUserPatch, AdminUsersService, UserPage, UserQuery } from './admin-users.service';
import { pagingOf } from '../../../core/http/paging';

/** A change waiting for the admin's confirmation. */
interface PendingChange {
  user: User;
  patch: AdminUserPatch;
  /** The role select to put back when the change is cancelled or fails. */
  select?: HTMLSelectElement;
}

/** Inline feedback after a change: server text, or a translation key with a name/role. */
interface Notice {
  tone: 'success' | 'danger';
  text?: string;
  key: string;
  name?: string;
  roleKey?: string;
}

const SEARCH_DEBOUNCE_MS = 300;

/**
 * `/admin/users`: search, role filter and pages (all kept in the URL: `?q=&role=&page=`, page
 * 0-based like the API), with suspend/reactivate and role changes after a confirmation, and a
 * "Grant credit" form per user.
 */
@Component({
  selector: 'app-admin-users',
  imports: [ReactiveFormsModule, TranslatePipe, Icon, ConfirmDialog, GrantCredit],
  templateUrl: './admin-users.html',
  styleUrl: './admin-users.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminUsers {
  private readonly api = inject(AdminUsersService);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reload$ = new BehaviorSubject<void>(undefined);
  /** Last search text this page put into the URL (so typing is not overwritten by it). */
  private pushedSearch?: string;

  protected readonly roles = ROLES;
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseQuery)), {
    initialValue: parseQuery(this.route.snapshot.queryParamMap),
  });
  protected readonly result = signal<UserPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UserMessage | null>(null);
  protected readonly pending = signal<PendingChange | null>(null);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly notice = signal<Notice | null>(null);
  protected readonly search = new FormControl('', { nonNullable: true });
  /** Whose wallet the grant form is open for. */
  protected readonly grantUser = signal<User | null>(null);
  /** The "Grant credit" button that opened the form (focus goes back to it on close). */
  private grantTrigger: HTMLElement | null = null;

  protected readonly me = computed(() => this.auth.user()?.id);
  protected readonly hasFilters = computed(() => this.query().q !== '' || this.query().role !== '');
  private readonly paging = pagingOf(this.result);
  protected readonly pages = this.paging.pages;
  protected readonly range = this.paging.range;
  protected readonly hasPrev = this.paging.hasPrev;
  protected readonly hasNext = this.paging.hasNext;
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium' }),
  );

  constructor() {
    loadEachQuery({
      query$: this.route.queryParamMap.pipe(map(parseQuery)),
      reload$: this.reload$,
      load: (query) => this.api.list(query),
      loading: this.loading,
      error: this.loadError,
      onQuery: (query) => this.syncSearchBox(query.q),
      onPage: (page) => {
        if (page) {
          this.result.set(page);
        }
      },
    });

    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((value) => value.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        if (q !== this.query().q) {
          this.go({ q, page: 0 }, true);
        }
      });
  }

  protected retry(): void {
    this.reload$.next();
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    const q = this.search.value.trim();
    if (q !== this.query().q) {
      this.go({ q, page: 0 });
    }
  }

  protected filterRole(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.go({ role: isRole(value) ? value : '', page: 0 });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.go({ q: '', role: '', page: 0 });
  }

  protected goToPage(page: number): void {
    this.go({ page: Math.max(0, page) });
  }

  protected formatDate(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : this.dateFormat().format(date);
  }

  protected openGrant(user: User, event: Event): void {
    this.notice.set(null);
    this.grantTrigger = event.currentTarget as HTMLElement | null;
    this.grantUser.set(user);
  }

  protected closeGrant(): void {
    this.grantUser.set(null);
    const trigger = this.grantTrigger;
    this.grantTrigger = null;
    if (trigger?.isConnected) {
      trigger.focus();
    }
  }

  protected askSuspend(user: User, suspended: boolean): void {
    this.notice.set(null);
    this.pending.set({ user, patch: { suspended } });
  }

  protected askRole(user: User, event: Event): void {
    const select = event.target as HTMLSelectElement;
    const role = select.value;
    if (!isRole(role) || role === user.role) {
      select.value = user.role;
      return;
    }
    this.notice.set(null);
    this.pending.set({ user, patch: { role }, select });
  }

  /** Confirmation dialog texts for the pending change. */
  protected readonly dialog = computed(() => {
    const change = this.pending();
    if (!change) {
      return null;
    }
    const { user, patch } = change;
    const params = { name: user.displayName, email: user.email };
    if (patch.role) {
      this.language.lang(); // re-translate role names after a language switch
      const names = {
        from: this.translate.instant(`roles.${user.role}`) as string,
        to: this.translate.instant(`roles.${patch.role}`) as string,
      };
      return { key: 'confirmRole', params: { ...params, ...names }, tone: 'primary' as const };
    }
    return patch.suspended
      ? { key: 'confirmSuspend', params, tone: 'danger' as const }
      : { key: 'confirmReactivate', params, tone: 'primary' as const };
  });

  protected cancelChange(): void {
    const change = this.pending();
    if (change?.select) {
      change.select.value = change.user.role;
    }
    this.pending.set(null);
  }

  protected confirmChange(): void {
    const change = this.pending();
    if (!change) {
      return;
    }
    this.pending.set(null);
    const { user, patch, select } = change;
    this.setBusy(user.id, true);
    this.api
      .update(user.id, patch)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.setBusy(user.id, false);
          this.replace(updated);
          this.notice.set(successNotice(user, updated, patch));
        },
        error: (error: unknown) => {
          this.setBusy(user.id, false);
          if (select) {
            select.value = user.role;
          }
          const message = toUserMessage(error);
          this.notice.set({ tone: 'danger', text: message.text, key: message.key });
        },
      });
  }

  private replace(updated: User): void {
    this.result.update((page) =>
      page ? { ...page, items: page.items.map((u) => (u.id === updated.id ? updated : u)) } : page,
    );
  }

  private setBusy(id: string, busy: boolean): void {
    this.busy.update((ids) => {
      const next = new Set(ids);
      if (busy) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  /** Puts the URL's search text into the box unless it is what the user just typed. */
  private syncSearchBox(q: string): void {
    if (q !== this.pushedSearch && q !== this.search.value.trim()) {
      this.search.setValue(q, { emitEvent: false });
    }
    this.pushedSearch = undefined;
  }

  private go(change: Partial<UserQuery>, replaceUrl = false): void {
    const next = { ...this.query(), ...change };
    if (change.q !== undefined) {
      this.pushedSearch = next.q;
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        q: next.q || null,
        role: next.role || null,
        page: next.page > 0 ? next.page : null,
      },
      replaceUrl,
    });
  }
}

function parseQuery(params: ParamMap): UserQuery {
  const role = params.get('role') ?? '';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    role: isRole(role) ? role : '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function successNotice(before: User, after: User, patch: AdminUserPatch): Notice {
  const name = after.displayName || before.displayName;
  if (patch.role) {
    return {
      tone: 'success',
      key: 'admin.users.roleChangedDone',
      name,
      roleKey: `roles.${after.role}`,
    };
  }
  return {
    tone: 'success',
    key: after.suspended ? 'admin.users.suspendedDone' : 'admin.users.reactivatedDone',
    name,
  };
}
