import { Routes } from '@angular/router';

/** `/profile` and `/profile/password` (guarded by authGuard in app.routes). */
export const PROFILE_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.profile',
    loadComponent: () => import('./profile/profile'),
  },
  {
    path: 'password',
    title: 'titles.password',
    loadComponent: () => import('./change-password/change-password'),
  },
];

export default PROFILE_ROUTES;
