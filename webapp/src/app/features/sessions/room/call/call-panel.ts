import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, firstValueFrom } from 'rxjs';

import { ServerMessage, isRtcEvent, RtcEvent } from '../../../../core/realtime/realtime.model';
import { RealtimeService } from '../../../../core/realtime/realtime.service';
import { GET_USER_MEDIA, PEER_CONNECTION_FACTORY } from '../../../../core/realtime/webrtc';
import { Session, SessionSide, otherParty } from '../../../../core/sessions/session.model';
import { SessionsService } from '../../../../core/sessions/sessions.service';
import { ExpertAvatar } from '../../../../shared/experts/expert-avatar';
import { Icon } from '../../../../shared/ui/icon/icon';
import { RoomContext } from '../room-context';
import { CallController } from './call-controller';

/** Media failures shown as an error with "try again". */
const MEDIA_FAILURES = ['denied', 'notFound', 'insecure', 'error'];

/**
 * The audio or video call of an ACTIVE session: local and remote media, the connection state,
 * mute / camera / hang up / call again. The negotiation itself is {@link CallController}'s.
 * Everything stops (and the other side hears `rtc.hangup`) when the panel goes.
 */
@Component({
  selector: 'app-call-panel',
  imports: [TranslatePipe, Icon, ExpertAvatar],
  templateUrl: './call-panel.html',
  styleUrl: './call-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallPanel implements OnInit {
  private readonly realtime = inject(RealtimeService);
  private readonly api = inject(SessionsService);
  private readonly getUserMedia = inject(GET_USER_MEDIA);
  private readonly createPeerConnection = inject(PEER_CONNECTION_FACTORY);
  private readonly room = inject(RoomContext, { optional: true });
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly localVideo = viewChild<ElementRef<HTMLVideoElement>>('local');
  private readonly remoteMedia = viewChild<ElementRef<HTMLMediaElement>>('remote');

  readonly session = input.required<Session>();
  /** The signed-in user's side: the client calls, the expert answers. */
  readonly side = input.required<SessionSide>();

  private readonly controller = signal<CallController | null>(null);
  protected readonly playBlocked = signal(false);

  protected readonly video = computed(() => this.session().channel === 'VIDEO');
  protected readonly other = computed(() => otherParty(this.session(), this.side()));
  protected readonly media = computed(() => this.controller()?.media() ?? 'idle');
  protected readonly connectionState = computed(
    () => this.controller()?.connectionState() ?? 'new',
  );
  protected readonly muted = computed(() => this.controller()?.muted() ?? false);
  protected readonly cameraOff = computed(() => this.controller()?.cameraOff() ?? false);
  protected readonly remoteHungUp = computed(() => this.controller()?.remoteHungUp() ?? false);
  protected readonly mediaFailed = computed(() => MEDIA_FAILURES.includes(this.media()));
  protected readonly live = computed(() => this.media() === 'ready');
  /** What the status line says, as a translation key under `sessions.call`. */
  protected readonly statusKey = computed(() => {
    const media = this.media();
    if (media === 'idle' || media === 'acquiring') {
      return this.video() ? 'startingVideo' : 'startingAudio';
    }
    if (media === 'stopped') {
      return 'hungUp';
    }
    if (this.mediaFailed()) {
      return `errors.${media}`;
    }
    if (this.remoteHungUp()) {
      return 'remoteHungUp';
    }
    return `state.${this.connectionState()}`;
  });
  protected readonly canRestart = computed(
    () =>
      this.media() === 'stopped' ||
      this.mediaFailed() ||
      this.remoteHungUp() ||
      (this.live() && this.connectionState() === 'failed'),
  );

  ngOnInit(): void {
    const session = this.session();
    const controller = new CallController({
      sessionId: session.id,
      role: this.side() === 'client' ? 'caller' : 'callee',
      video: session.channel === 'VIDEO',
      send: (message) => this.realtime.send(message),
      getUserMedia: this.getUserMedia,
      createPeerConnection: this.createPeerConnection,
      iceServers: () => firstValueFrom(this.api.iceServers()),
    });
    this.controller.set(controller);

    this.realtime.messages$
      .pipe(
        filter((m: ServerMessage): m is RtcEvent => isRtcEvent(m)),
        filter((m) => m.sessionId === session.id && m.from === this.other().id),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((message) => void controller.handle(message));

    effect(() => this.attach(this.localVideo()?.nativeElement, controller.localStream(), true), {
      injector: this.injector,
    });
    effect(() => this.attach(this.remoteMedia()?.nativeElement, controller.remoteStream(), false), {
      injector: this.injector,
    });

    this.destroyRef.onDestroy(() => {
      // Leaving an ACTIVE session: tell the other side; once it ended there is no one to tell.
      const latest = this.room?.session() ?? session;
      controller.dispose(latest.id === session.id && latest.state === 'ACTIVE');
    });

    void controller.start();
  }

  protected toggleMute(): void {
    this.controller()?.toggleMute();
  }

  protected toggleCamera(): void {
    this.controller()?.toggleCamera();
  }

  protected hangUp(): void {
    this.controller()?.hangUp();
  }

  protected restart(): void {
    this.controller()?.restart();
  }

  /** After the browser refused to play sound without a click. */
  protected play(): void {
    this.playBlocked.set(false);
    this.tryPlay(this.remoteMedia()?.nativeElement);
  }

  private attach(
    el: HTMLMediaElement | undefined,
    stream: MediaStream | null,
    local: boolean,
  ): void {
    if (!el) {
      return;
    }
    if (local) {
      el.muted = true; // never hear yourself
    }
    if (el.srcObject !== stream) {
      el.srcObject = stream;
      if (stream) {
        this.tryPlay(el, !local);
      }
    }
  }

  private tryPlay(el: HTMLMediaElement | undefined, reportBlocked = true): void {
    try {
      const playing = el?.play?.();
      playing?.catch((error: unknown) => {
        if (reportBlocked && (error as { name?: string })?.name === 'NotAllowedError') {
          this.playBlocked.set(true);
        }
      });
    } catch {
      // autoplay takes over
    }
  }
}
