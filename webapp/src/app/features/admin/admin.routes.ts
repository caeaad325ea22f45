import { Routes } from '@angular/router';

/** `/admin/...` (guarded by authGuard + roleGuard('ADMIN') in app.routes). */
export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    title: 'titles.adminUsers',
    loadComponent: () => import('./users/admin-users'),
  },
];

export default ADMIN_ROUTES;
