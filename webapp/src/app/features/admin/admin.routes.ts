import { Routes } from '@angular/router';

/** `/admin/...` (guarded by authGuard + roleGuard('ADMIN') in app.routes). */
export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
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
];

export default ADMIN_ROUTES;
