import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { saveFile } from '../../../core/billing/save-file';
import { OnDemand, onDemand } from '../../../core/http/on-demand';
import { Icon } from '../icon/icon';
import { PageNotice } from '../notice/page-notice';

export interface CsvDownloadOptions {
  /** The file (fetched with HttpClient, so it carries the Authorization header). */
  readonly request: () => Observable<Blob>;
  /** Its name when saved; a function is read as the download starts. */
  readonly fileName: string | (() => string);
  /** Translation key of "this browser cannot save files" (the error then). */
  readonly unsupportedKey: string;
}

/**
 * The download behind a page's "Download CSV" (`button[appCsvButton]`) and its error
 * (`app-csv-error`): one at a time, saved under `fileName`. Call it in an injection context.
 *
 * ```ts
 * protected readonly csv = csvDownload({
 *   request: () => this.api.csv(filtersOf(this.query())),
 *   fileName: AUDIT_CSV_NAME,
 *   unsupportedKey: 'adminAudit.csvUnsupported',
 * });
 * ```
 */
export function csvDownload(options: CsvDownloadOptions): OnDemand {
  const document = inject(DOCUMENT);
  let name = '';
  const download = onDemand({
    request: () => {
      const { fileName } = options;
      name = typeof fileName === 'function' ? fileName() : fileName;
      return options.request();
    },
    next: (blob) => {
      if (!saveFile(document, blob, name)) {
        download.error.set({ key: options.unsupportedKey, status: 0 });
      }
    },
  });
  return download;
}

/**
 * "Download CSV": starts `csv`'s download, and shows a spinner and "Preparing…" (pressed once)
 * while it runs. Texts `<texts>.csv` and `<texts>.csvWorking`; the page gives its classes and
 * test id.
 *
 * ```html
 * <button appCsvButton class="btn btn--secondary btn--sm" data-testid="wallet-csv" texts="wallet"
 *   [csv]="csv"></button>
 * ```
 */
@Component({
  selector: 'button[appCsvButton]',
  imports: [TranslatePipe, Icon],
  host: {
    type: 'button',
    '[disabled]': 'csv().running() || disabled()',
    '[attr.aria-busy]': 'csv().running()',
    '(click)': 'csv().run()',
  },
  template: `
    @if (csv().running()) {
      <span class="spinner" aria-hidden="true"></span>{{ texts() + '.csvWorking' | translate }}
    } @else {
      <app-icon name="download" />{{ texts() + '.csv' | translate }}
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CsvButton {
  readonly csv = input.required<OnDemand>();
  /** Translation prefix of `.csv` and `.csvWorking`. */
  readonly texts = input.required<string>();
  /** Not available now (e.g. while what it exports loads), besides while downloading. */
  readonly disabled = input(false);
}

/**
 * Why `csv`'s last download failed, as a danger notice the user dismisses; nothing otherwise.
 *
 * ```html
 * <app-csv-error testId="wallet-csv-error" [csv]="csv" [dismissLabel]="'wallet.dismiss' | translate" />
 * ```
 */
@Component({
  selector: 'app-csv-error',
  imports: [TranslatePipe, PageNotice],
  template: `
    @if (csv().error(); as error) {
      <app-page-notice
        tone="danger"
        [testId]="testId()"
        [dismissLabel]="dismissLabel()"
        (dismissed)="csv().error.set(null)"
        >{{ error.text ?? (error.key | translate) }}</app-page-notice
      >
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CsvError {
  readonly testId = input.required<string>();
  readonly csv = input.required<OnDemand>();
  /** The close button's accessible name (already translated). */
  readonly dismissLabel = input.required<string>();
}
