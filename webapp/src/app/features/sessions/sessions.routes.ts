import { Routes } from '@angular/router';

/** `/sessions` (the user's consultations) and `/sessions/:id` (a consultation's room). */
export const SESSIONS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.sessions',
    loadComponent: () => import('./list/sessions-list'),
  },
  {
    path: ':id',
    title: 'titles.session',
    loadComponent: () => import('./room/session-room'),
  },
];

export default SESSIONS_ROUTES;
