import { Routes } from '@angular/router';

import { provideDashboardTranslations } from '../../shared/dashboards/dashboard-translations';

/** `/dashboard` (guarded by authGuard in app.routes); its texts load with it. */
export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.dashboard',
    providers: [provideDashboardTranslations()],
    loadComponent: () => import('./dashboard-page'),
  },
];

export default DASHBOARD_ROUTES;
