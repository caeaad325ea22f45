import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  OnInit,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';

import { AuthService } from '../../../../core/auth/auth.service';
import { UserMessage, toUserMessage } from '../../../../core/http/problem';
import { LanguageService } from '../../../../core/i18n/language.service';
import { RealtimeService } from '../../../../core/realtime/realtime.service';
import {
  CHAT_MAX_LENGTH,
  Session,
  SessionSide,
  otherParty,
} from '../../../../core/sessions/session.model';
import { SessionsService } from '../../../../core/sessions/sessions.service';
import { timeOf } from '../../../../core/time/clock';
import { Icon } from '../../../../shared/ui/icon/icon';
import { ChatStore } from './chat-store';

/** At most one `chat.typing` this often. */
export const TYPING_THROTTLE_MS = 2000;
/** "X is typing…" stays this long after their last `chat.typing`. */
export const TYPING_SHOWN_MS = 4000;
/** Closer than this to the bottom, new messages scroll into view. */
const STICKY_PX = 64;
/** Error codes with their own text (others: `generic`). */
const KNOWN_ERRORS = ['too-long', 'rate-limited', 'not-active', 'offline', 'lost'];

let nextId = 0;

/**
 * A session's chat: history from REST, then live `chat.message` frames merged by seq (one entry per
 * seq); messages typed here shown as pending until their own `chat.message` (`replyTo`) confirms
 * them; typing indicator both ways; read marks; catch-up after every (re)connection and whenever a
 * gap in the seqs shows. Read-only once the session is over. Text is always shown literally.
 */
@Component({
  selector: 'app-chat-panel',
  imports: [TranslatePipe, Icon],
  templateUrl: './chat-panel.html',
  styleUrl: './chat-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatPanel implements OnInit {
  private readonly realtime = inject(RealtimeService);
  private readonly api = inject(SessionsService);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly log = viewChild<ElementRef<HTMLElement>>('log');

  readonly session = input.required<Session>();
  /** The signed-in user's side. */
  readonly side = input.required<SessionSide>();
  /** Someone who does not take part (an administrator): reads only, says nothing. */
  readonly observer = input(false);

  protected readonly maxLength = CHAT_MAX_LENGTH;
  protected readonly inputId = `chat-input-${nextId++}`;
  protected readonly store = new ChatStore();
  protected readonly history = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly historyError = signal<UserMessage | null>(null);
  protected readonly draft = signal('');
  protected readonly typing = signal(false);

  private readonly otherReadLive = signal(0);
  private typingTimer?: ReturnType<typeof setTimeout>;
  private lastTypingSent = 0;
  /** The highest seq this user said they read. */
  private readSent = 0;
  private catchingUp = false;
  private catchUpAgain = false;
  /** A connection opened while the history was loading: check again once it is in. */
  private catchUpAfterLoad = false;
  private stickToBottom = true;

  protected readonly me = computed(() => this.auth.user()?.id ?? '');
  protected readonly other = computed(() => otherParty(this.session(), this.side()));
  protected readonly readOnly = computed(
    () => this.session().state !== 'ACTIVE' || this.observer(),
  );
  protected readonly connected = computed(() => this.realtime.status() === 'open');
  private readonly otherReadSeq = computed(() =>
    Math.max(
      this.otherReadLive(),
      this.session().readSeq[this.side() === 'client' ? 'expert' : 'client'],
    ),
  );
  protected readonly canSend = computed(
    () =>
      !this.readOnly() &&
      this.connected() &&
      this.draft().trim() !== '' &&
      this.draft().length <= CHAT_MAX_LENGTH,
  );
  private readonly timeFormat = computed(
    () => new Intl.DateTimeFormat(this.language.lang(), { timeStyle: 'short' }),
  );
  protected readonly entries = computed(() => {
    const me = this.me();
    const readUpTo = this.otherReadSeq();
    const format = this.timeFormat();
    return this.store.messages().map((m) => {
      const mine = m.senderId === me;
      const at = timeOf(m.sentAt);
      return {
        ...m,
        mine,
        read: mine && m.seq <= readUpTo,
        time: Number.isNaN(at) ? '' : format.format(at),
      };
    });
  });
  protected readonly empty = computed(
    () => this.store.messages().length === 0 && this.store.pending().length === 0,
  );

  constructor() {
    const mine = <T extends { sessionId: string }>(m: T) => m.sessionId === this.session().id;

    this.realtime
      .on('chat.message')
      .pipe(filter(mine), takeUntilDestroyed())
      .subscribe((message) => {
        const { gap } = this.store.receive(message);
        if (message.senderId !== this.me()) {
          this.stopTyping();
        }
        if (gap && this.history() === 'ready') {
          this.catchUp();
        }
      });
    this.realtime
      .on('chat.typing')
      .pipe(filter(mine), takeUntilDestroyed())
      .subscribe((event) => {
        if (event.userId !== this.me()) {
          this.showTyping();
        }
      });
    this.realtime
      .on('chat.read')
      .pipe(filter(mine), takeUntilDestroyed())
      .subscribe((event) => {
        if (event.userId === this.other().id) {
          this.otherReadLive.update((seq) => Math.max(seq, event.seq));
        } else if (event.userId === this.me()) {
          this.readSent = Math.max(this.readSent, event.seq); // read in another tab
        }
      });
    this.realtime
      .on('error')
      .pipe(takeUntilDestroyed())
      .subscribe((error) => {
        if (error.replyTo && this.store.has(error.replyTo)) {
          this.store.fail(
            error.replyTo,
            KNOWN_ERRORS.includes(error.code) ? error.code : 'generic',
          );
        }
      });
    this.realtime.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.catchUp(true));

    // Tell the other side what has been seen, whenever something new is on screen.
    effect(() => {
      this.store.lastSeq();
      this.connected();
      if (this.history() === 'ready') {
        untracked(() => this.markRead());
      }
    });
    const onSeen = () => this.markRead();
    this.document.addEventListener('visibilitychange', onSeen);
    this.document.defaultView?.addEventListener('focus', onSeen);

    this.destroyRef.onDestroy(() => {
      clearTimeout(this.typingTimer);
      this.document.removeEventListener('visibilitychange', onSeen);
      this.document.defaultView?.removeEventListener('focus', onSeen);
    });

    // Keep the newest message in view, unless the user scrolled up to read older ones.
    afterRenderEffect(() => {
      this.entries();
      this.store.pending();
      this.typing();
      const log = this.log()?.nativeElement;
      if (log && this.stickToBottom) {
        log.scrollTop = log.scrollHeight;
      }
    });
  }

  ngOnInit(): void {
    const session = this.session();
    this.readSent = session.readSeq[this.side()];
    this.loadHistory();
  }

  protected loadHistory(): void {
    this.history.set('loading');
    this.historyError.set(null);
    this.api
      .messagesAfter(this.session().id, 0)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (items) => {
          this.store.merge(items);
          this.history.set('ready');
          if (this.catchUpAfterLoad) {
            this.catchUpAfterLoad = false;
            this.catchUp();
          }
        },
        error: (error: unknown) => {
          this.historyError.set(toUserMessage(error));
          this.history.set('error');
        },
      });
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.draft.set(value);
    const now = Date.now();
    if (
      value.trim() !== '' &&
      !this.readOnly() &&
      now - this.lastTypingSent >= TYPING_THROTTLE_MS &&
      this.realtime.send({ type: 'chat.typing', sessionId: this.session().id }) !== null
    ) {
      this.lastTypingSent = now;
    }
  }

  /** Enter sends; Shift+Enter (or an IME composition) types a new line. */
  protected onKeydown(event: KeyboardEvent): void {
    if (
      event.key !== 'Enter' ||
      event.shiftKey ||
      event.ctrlKey ||
      event.altKey ||
      event.metaKey ||
      event.isComposing
    ) {
      return;
    }
    event.preventDefault();
    this.send();
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    this.send();
  }

  protected onScroll(): void {
    const log = this.log()?.nativeElement;
    if (log) {
      this.stickToBottom = log.scrollHeight - log.scrollTop - log.clientHeight < STICKY_PX;
    }
  }

  protected retrySend(id: string): void {
    const pending = this.store.pending().find((p) => p.id === id);
    if (!pending || this.readOnly()) {
      return;
    }
    this.store.resend(id);
    this.stickToBottom = true;
    this.transmit(id, pending.text);
  }

  protected discard(id: string): void {
    this.store.drop(id);
  }

  protected errorKey(error: string | undefined): string {
    return `sessions.chat.errors.${error ?? 'generic'}`;
  }

  private send(): void {
    if (!this.canSend()) {
      return;
    }
    const text = this.draft();
    const id = this.realtime.newId();
    this.store.addPending(id, text);
    this.draft.set('');
    this.lastTypingSent = 0;
    this.stickToBottom = true;
    this.transmit(id, text);
  }

  private transmit(id: string, text: string): void {
    const sent = this.realtime.send({ type: 'chat.send', id, sessionId: this.session().id, text });
    if (sent === null) {
      this.store.fail(id, 'offline');
    }
  }

  /**
   * Fetches what came after the last seq held. After a (re)connection (`reconcile`), messages sent
   * on the previous connection and never confirmed are matched against the history.
   */
  private catchUp(reconcile = false): void {
    if (this.history() === 'error') {
      this.loadHistory();
      return;
    }
    if (this.history() !== 'ready') {
      this.catchUpAfterLoad = true;
      return;
    }
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    const stale = reconcile
      ? this.store
          .pending()
          .filter((p) => p.status === 'sending')
          .map((p) => p.id)
      : [];
    this.catchingUp = true;
    this.api
      .messagesAfter(this.session().id, this.store.lastSeq())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (items) => {
          this.store.merge(items);
          this.store.reconcile(this.me(), stale, 'lost');
        },
        error: () => {
          this.catchingUp = false; // the next (re)connection or gap tries again
        },
        complete: () => {
          this.catchingUp = false;
          if (this.catchUpAgain) {
            this.catchUpAgain = false;
            this.catchUp();
          }
        },
      });
  }

  /** Sends `chat.read` up to the highest seq once the other side wrote something new and it shows. */
  private markRead(): void {
    const me = this.me();
    const messages = this.store.messages();
    let newestFromOther = 0;
    for (let i = messages.length - 1; i >= 0 && newestFromOther === 0; i--) {
      if (messages[i].senderId !== me) {
        newestFromOther = messages[i].seq;
      }
    }
    if (
      this.observer() ||
      newestFromOther <= this.readSent ||
      !this.connected() ||
      this.document.visibilityState === 'hidden'
    ) {
      return;
    }
    const seq = this.store.lastSeq();
    if (this.realtime.send({ type: 'chat.read', sessionId: this.session().id, seq }) !== null) {
      this.readSent = seq;
    }
  }

  private showTyping(): void {
    this.typing.set(true);
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.typing.set(false), TYPING_SHOWN_MS);
  }

  private stopTyping(): void {
    clearTimeout(this.typingTimer);
    this.typing.set(false);
  }
}
