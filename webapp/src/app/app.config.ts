import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, ErrorHandler, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';

import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { provideAuth } from './core/auth/provide-auth';
import { GlobalErrorHandler } from './core/errors/global-error-handler';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { provideI18n } from './core/i18n/provide-i18n';
import { provideRealtime } from './core/realtime/provide-realtime';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    { provide: ErrorHandler, useClass: GlobalErrorHandler },
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    provideHttpClient(withInterceptors([acceptLanguageInterceptor, authInterceptor])),
    provideI18n(),
    provideAuth(),
    provideRealtime(),
  ],
};
