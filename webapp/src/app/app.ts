import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { Footer } from './core/layout/footer/footer';
import { Header } from './core/layout/header/header';
import { IncomingRequest } from './core/layout/incoming-request/incoming-request';

/** Application shell: skip link, header, routed main content, footer, incoming-request card. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, TranslatePipe, Header, Footer, IncomingRequest],
  template: `
    <a class="skip-link" href="#main-content" (click)="skipToMain($event)">{{
      'app.skipToContent' | translate
    }}</a>
    <app-header />
    <main id="main-content" class="site-main" tabindex="-1" #main>
      <router-outlet />
    </main>
    <app-footer />
    <app-incoming-request />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-block-size: 100vh;
      min-block-size: 100dvh;
    }
    .site-main {
      flex: 1;
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /** With `<base href="/">` a plain "#main-content" link would navigate to "/"; focus instead. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView?.();
  }
}
