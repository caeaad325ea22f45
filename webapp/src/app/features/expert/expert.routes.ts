import { Routes } from '@angular/router';

/** `/expert/...`: the signed-in expert's own area (guarded by authGuard + roleGuard('EXPERT')). */
export const EXPERT_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'profile' },
  {
    path: 'profile',
    title: 'titles.expertProfile',
    loadComponent: () => import('./profile-editor/profile-editor'),
  },
  {
    path: 'desk',
    title: 'titles.expertDesk',
    loadComponent: () => import('./desk-queue/desk-queue'),
  },
];

export default EXPERT_ROUTES;
