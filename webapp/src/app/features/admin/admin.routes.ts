import { Routes } from '@angular/router';

import { provideDashboardTranslations } from '../../shared/dashboards/dashboard-translations';
import { provideAdminTranslations } from './admin-translations';

/** `/admin/...` (guarded by authGuard + roleGuard('ADMIN') in app.routes). */
export const ADMIN_ROUTES: Routes = [
  {
    // The admin pages' texts join the translations as these routes load (not in the initial bundle).
    path: '',
    providers: [provideAdminTranslations()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'dashboard',
        title: 'titles.adminDashboard',
        providers: [provideDashboardTranslations()],
        loadComponent: () => import('./dashboard/admin-dashboard'),
      },
      {
        path: 'users',
        title: 'titles.adminUsers',
        loadComponent: () => import('./users/admin-users'),
      },
      {
        path: 'categories',
        title: 'titles.adminCategories',
        loadComponent: () => import('./categories/admin-categories'),
      },
      {
        path: 'experts',
        title: 'titles.adminExperts',
        loadComponent: () => import('./experts/admin-experts'),
      },
      {
        path: 'topups',
        title: 'titles.adminTopups',
        loadComponent: () => import('./topups/admin-topups'),
      },
      {
        path: 'topups/:id',
        title: 'titles.adminTopup',
        loadComponent: () => import('./topups/admin-topup-detail'),
      },
      {
        path: 'payouts',
        title: 'titles.adminPayouts',
        loadComponent: () => import('./payouts/admin-payouts'),
      },
      {
        path: 'cost-centres',
        title: 'titles.adminCostCentres',
        loadComponent: () => import('./cost-centres/admin-cost-centres'),
      },
      {
        path: 'cost-centres/:code',
        title: 'titles.adminCostCentre',
        loadComponent: () => import('./cost-centres/admin-cost-centre-detail'),
      },
      {
        path: 'desk',
        title: 'titles.adminDesk',
        loadComponent: () => import('./desk/admin-desk'),
      },
      {
        path: 'sessions',
        title: 'titles.adminSessions',
        loadComponent: () => import('./sessions/admin-sessions'),
      },
      {
        path: 'audit',
        title: 'titles.adminAudit',
        loadComponent: () => import('./audit/admin-audit'),
      },
      {
        path: 'books',
        title: 'titles.adminBooks',
        loadComponent: () => import('./books/admin-books'),
      },
    ],
  },
];

export default ADMIN_ROUTES;
