import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, Subscription } from 'rxjs';

import { AVATAR_TYPES, EXPERT_LIMITS, ExpertProfile } from '../../../core/experts/expert.model';
import { ExpertsService } from '../../../core/experts/experts.service';
import { toUserMessage } from '../../../core/http/problem';
import { ExpertAvatar } from '../../../shared/experts/expert-avatar';
import { FormMessage } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';

/**
 * The expert's photo, on its `<section>` (whose `<h2>` the editor projects): a preview (the
 * picked file at once, then the stored photo), upload after a type and size check, and removal.
 * Photos belong to a saved profile: before the first save the picker is off.
 */
@Component({
  selector: 'section[appProfilePhoto]',
  imports: [TranslatePipe, Icon, ExpertAvatar],
  host: { '[attr.aria-busy]': 'busy()' },
  templateUrl: './profile-photo.html',
  styleUrl: './profile-photo.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePhoto {
  private readonly api = inject(ExpertsService);
  private request?: Subscription;
  private objectUrl: string | null = null;

  /** The saved profile (null before the first save). */
  readonly profile = input.required<ExpertProfile | null>();
  /** The expert's name, for the initials when there is no photo. */
  readonly name = input.required<string>();

  protected readonly accept = AVATAR_TYPES.join(',');
  /** The stored photo: the saved profile's, then what uploads and removals made of it. */
  protected readonly url = linkedSignal(() => this.profile()?.avatarUrl ?? null);
  protected readonly preview = signal<string | null>(null);
  protected readonly shown = computed(() => this.preview() ?? this.url());
  protected readonly busy = signal(false);
  protected readonly error = signal<FormMessage | null>(null);
  protected readonly done = signal<'uploaded' | 'removed' | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.request?.unsubscribe();
      this.revokePreview();
    });
  }

  protected upload(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // picking the same file again must fire "change" again
    if (!file) {
      return;
    }
    this.done.set(null);
    const refused = !AVATAR_TYPES.includes(file.type)
      ? 'expertProfile.avatar.wrongType'
      : file.size > EXPERT_LIMITS.avatarMaxBytes
        ? 'expertProfile.avatar.tooLarge'
        : null;
    if (refused) {
      this.error.set({ key: refused });
      return;
    }
    this.revokePreview();
    if (typeof URL.createObjectURL === 'function') {
      this.objectUrl = URL.createObjectURL(file);
      this.preview.set(this.objectUrl);
    }
    this.send(this.api.uploadAvatar(file), ({ avatarUrl }) => avatarUrl, 'uploaded');
  }

  protected remove(): void {
    this.done.set(null);
    this.send(this.api.deleteAvatar(), () => null, 'removed');
  }

  /** Sends an upload or a removal; its answer gives the stored photo. */
  private send<T>(
    request: Observable<T>,
    stored: (answer: T) => string | null,
    done: 'uploaded' | 'removed',
  ): void {
    this.error.set(null);
    this.busy.set(true);
    this.request?.unsubscribe();
    this.request = request.subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.revokePreview();
        this.url.set(stored(answer));
        this.done.set(done);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.revokePreview();
        const message = toUserMessage(error);
        this.error.set({ text: message.text, key: message.key });
      },
    });
  }

  private revokePreview(): void {
    if (this.objectUrl && typeof URL.revokeObjectURL === 'function') {
      URL.revokeObjectURL(this.objectUrl);
    }
    this.objectUrl = null;
    this.preview.set(null);
  }
}
