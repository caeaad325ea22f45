import { Routes } from '@angular/router';

import { authGuard, guestGuard, roleGuard } from './core/auth/auth.guards';

/** Feature routes, each lazy-loaded. `title` values are translation keys (see TranslatedTitleStrategy). */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.landing',
    loadComponent: () => import('./features/landing/landing'),
  },
  {
    path: 'about',
    title: 'titles.about',
    loadComponent: () => import('./features/about/about'),
  },
  {
    path: 'experts',
    loadChildren: () => import('./features/experts/experts.routes'),
  },
  {
    // Where the server sends the browser after a single sign-on: no guestGuard, since the
    // start-up restore may already have signed the user in with the new cookie.
    path: 'login/sso',
    title: 'titles.ssoCallback',
    loadComponent: () => import('./features/auth/sso-callback/sso-callback'),
  },
  {
    path: 'login',
    title: 'titles.login',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/login/login'),
  },
  {
    path: 'register',
    title: 'titles.register',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/register/register'),
  },
  {
    path: 'forgot-password',
    title: 'titles.forgotPassword',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/forgot-password/forgot-password'),
  },
  {
    // No guestGuard: a reset link works whoever is signed in on this browser.
    path: 'reset-password',
    title: 'titles.resetPassword',
    loadComponent: () => import('./features/auth/reset-password/reset-password'),
  },
  {
    path: 'profile',
    canActivate: [authGuard],
    loadChildren: () => import('./features/profile/profile.routes'),
  },
  {
    path: 'sessions',
    canActivate: [authGuard],
    loadChildren: () => import('./features/sessions/sessions.routes'),
  },
  {
    // "Ask the desk": signed-out visitors sign in first (and come back), other roles see 403.
    path: 'desk',
    title: 'titles.desk',
    canActivate: [authGuard, roleGuard('CLIENT')],
    loadComponent: () => import('./features/desk/desk-page'),
  },
  {
    path: 'wallet',
    canActivate: [authGuard],
    loadChildren: () => import('./features/wallet/wallet.routes'),
  },
  {
    // Experts see their own figures, anyone else their spending as a client.
    path: 'dashboard',
    canActivate: [authGuard],
    loadChildren: () => import('./features/dashboard/dashboard.routes'),
  },
  {
    path: 'earnings',
    title: 'titles.earnings',
    canActivate: [authGuard, roleGuard('EXPERT')],
    loadComponent: () => import('./features/earnings/earnings-page'),
  },
  {
    path: 'payouts',
    title: 'titles.payouts',
    canActivate: [authGuard, roleGuard('EXPERT')],
    loadComponent: () => import('./features/payouts/payouts-page'),
  },
  {
    path: 'expert',
    canActivate: [authGuard, roleGuard('EXPERT')],
    loadChildren: () => import('./features/expert/expert.routes'),
  },
  {
    // Approvers of cost centres (any role; who approves what is the server's business).
    path: 'approvals',
    title: 'titles.approvals',
    canActivate: [authGuard],
    loadComponent: () => import('./features/approvals/approvals-page'),
  },
  {
    // A cost centre's report for its approvers (the server answers 403 to anyone else).
    path: 'cost-centres/:code/report',
    title: 'titles.costCentreReport',
    canActivate: [authGuard],
    loadComponent: () => import('./features/cost-centres/cost-centre-report-page'),
  },
  {
    path: 'admin',
    canActivate: [authGuard, roleGuard('ADMIN')],
    loadChildren: () => import('./features/admin/admin.routes'),
  },
  {
    path: 'forbidden',
    title: 'titles.forbidden',
    loadComponent: () => import('./features/forbidden/forbidden'),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./features/not-found/not-found'),
  },
];
