import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';

import { User } from '../../../core/auth/auth.model';
import { AdminCostCentresService } from '../../../core/cost-centres/admin-cost-centres.service';
import { CostCentreMember, CostCentreMembers } from '../../../core/cost-centres/cost-centre.model';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { UserSearch } from './user-search';

/**
 * A cost centre's members: those an administrator assigned (removable) and those the identity
 * provider gives at sign-in (read-only, tagged "from sign-in"); search-and-add, then Save replaces
 * the assigned ones (`PUT …/members {userIds}`).
 */
@Component({
  selector: 'app-cost-centre-members',
  imports: [TranslatePipe, Icon, LoadView, Loaded, PageNotice, UserSearch],
  templateUrl: './cost-centre-members.html',
  styleUrl: './cost-centre-members.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostCentreMembersEditor {
  private readonly api = inject(AdminCostCentresService);
  private readonly destroyRef = inject(DestroyRef);

  readonly code = input.required<string>();
  /** After a save: how many members the centre has now. */
  readonly changed = output<number>();

  protected readonly loaded = loadEachQuery(toObservable(this.code), {
    load: (code) => this.api.members(code),
    onResult: (answer) => this.show(answer),
  });
  /** The list being edited (the saved one until the user changes it). */
  protected readonly members = signal<CostCentreMember[]>([]);
  private readonly savedIds = signal<string[]>([]);
  protected readonly memberIds = computed(() => this.members().map((m) => m.userId));
  protected readonly dirty = computed(() => {
    const now = assignedIds(this.members());
    const saved = this.savedIds();
    return now.length !== saved.length || now.some((id, i) => id !== saved[i]);
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<UserMessage | null>(null);
  protected readonly done = signal(false);

  protected add(user: User): void {
    if (this.memberIds().includes(user.id)) {
      return;
    }
    this.done.set(false);
    this.members.update((list) => [
      ...list,
      { userId: user.id, name: user.displayName, email: user.email, source: 'ADMIN' },
    ]);
  }

  protected remove(member: CostCentreMember): void {
    this.done.set(false);
    this.members.update((list) =>
      list.filter((m) => !(m.userId === member.userId && m.source === 'ADMIN')),
    );
  }

  protected save(): void {
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.done.set(false);
    this.api
      .saveMembers(this.code(), assignedIds(this.members()))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (answer) => {
          this.saving.set(false);
          this.show(answer);
          this.done.set(true);
          this.changed.emit(answer.members?.length ?? 0);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(toUserMessage(error));
        },
      });
  }

  private show(answer: CostCentreMembers): void {
    const members = answer.members ?? [];
    this.members.set(members);
    this.savedIds.set(assignedIds(members));
  }
}

/** The ids of the members an administrator assigned, in order. */
function assignedIds(members: readonly CostCentreMember[]): string[] {
  return members.filter((m) => m.source === 'ADMIN').map((m) => m.userId);
}
