import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { ROLES, Role, User } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { toUserMessage } from '../../../core/http/problem';
import { urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { searchAsYouType } from '../../../shared/forms/search-as-you-type';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { USERS_QUERY } from './admin-users-query';
import { AdminUserPatch, AdminUsersService, UserQuery } from './admin-users.service';
import { GrantCredit } from './grant-credit';
import { ResetLinkPanel } from './reset-link';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';

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

/** The users table's columns. */
const COLUMNS: readonly TableColumn[] = [
  'admin.users.name',
  'admin.users.email',
  'admin.users.role',
  'admin.users.status',
  'admin.users.createdAt',
  { key: 'admin.users.actions', hidden: true },
];

/**
 * `/admin/users`: search, role filter and pages (all kept in the URL: `?q=&role=&page=`, page
 * 0-based like the API), with suspend/reactivate and role changes after a confirmation, a
 * "Grant credit" form and a one-time password "Reset link" per user.
 */
@Component({
  selector: 'app-admin-users',
  imports: [
    PageHero,
    FilterSelect,
    PageNotice,
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    ConfirmDialog,
    GrantCredit,
    ResetLinkPanel,
    PagedList,
    DataTable,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './admin-users.html',
  styleUrl: './admin-users.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminUsers {
  private readonly api = inject(AdminUsersService);
  private readonly auth = inject(AuthService);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);
  /** Last search text this page put into the URL (so typing is not overwritten by it). */
  private pushedSearch?: string;

  protected readonly roles = ROLES;
  protected readonly roleOptions = keyedOptions(ROLES, 'roles.');
  protected readonly search = new FormControl('', { nonNullable: true });
  /** The users: search, role filter and page in the URL (the box follows the URL). */
  protected readonly list = urlList({
    ...USERS_QUERY,
    load: (query) => this.api.list(query),
    onQuery: (query) => this.syncSearchBox(query.q),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly columns = COLUMNS;
  protected readonly pending = signal<PendingChange | null>(null);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly notice = signal<Notice | null>(null);
  /** Whose wallet the grant form is open for. */
  protected readonly grantUser = signal<User | null>(null);
  /** The "Grant credit" button that opened the form (focus goes back to it on close). */
  private grantTrigger: HTMLElement | null = null;
  /** Whose password reset link is shown (a new object per click: a new panel, a new link). */
  protected readonly resetFor = signal<{ user: User } | null>(null);
  /** The "Reset link" button that opened the panel (focus goes back to it on close). */
  private resetTrigger: HTMLElement | null = null;

  protected readonly me = computed(() => this.auth.user()?.id);
  protected readonly hasFilters = computed(() => this.query().q !== '' || this.query().role !== '');
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium' }),
  );

  constructor() {
    searchAsYouType(this.search, {
      debounceMs: SEARCH_DEBOUNCE_MS,
      current: () => this.query().q,
      search: (q) => this.go({ q, page: 0 }, true),
    });
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    const q = this.search.value.trim();
    if (q !== this.query().q) {
      this.go({ q, page: 0 });
    }
  }

  protected filterRole(value: string): void {
    this.go({ role: isRole(value) ? value : '', page: 0 });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.go({ q: '', role: '', page: 0 });
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

  protected openResetLink(user: User, event: Event): void {
    this.notice.set(null);
    this.resetTrigger = event.currentTarget as HTMLElement | null;
    this.resetFor.set({ user });
  }

  protected closeResetLink(): void {
    this.resetFor.set(null);
    const trigger = this.resetTrigger;
    this.resetTrigger = null;
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
    this.list.result.update((page) =>
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
    if (change.q !== undefined) {
      this.pushedSearch = change.q;
    }
    this.list.go(change, { replaceUrl });
  }
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
