import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from '../../i18n/language.service';
import { Lang } from '../../i18n/languages';

/** Site header: brand, main navigation and the ES/EN language switch. */
@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Header {
  private readonly language = inject(LanguageService);

  protected readonly lang = this.language.lang;
  protected readonly langs = this.language.supported;

  protected setLang(lang: Lang): void {
    this.language.use(lang);
  }
}
