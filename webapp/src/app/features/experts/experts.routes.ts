import { Routes } from '@angular/router';

/** `/experts` (search) and `/experts/:id` (an expert's public page). */
export const EXPERTS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.experts',
    loadComponent: () => import('./search/experts-search'),
  },
  {
    path: ':id',
    title: 'titles.expert',
    loadComponent: () => import('./expert-page/expert-page'),
  },
];

export default EXPERTS_ROUTES;
