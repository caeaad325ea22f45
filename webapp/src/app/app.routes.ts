import { Routes } from '@angular/router';

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
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./features/not-found/not-found'),
  },
];
