import { Routes } from '@angular/router';

import { roleGuard } from '../../core/auth/auth.guards';

/**
 * `/wallet/...` (signed in, see app.routes): the wallet of every user; adding funds, the top-ups
 * and the pages a payment passes through are for clients.
 */
export const WALLET_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.wallet',
    loadComponent: () => import('./wallet-page'),
  },
  {
    path: '',
    canActivateChild: [roleGuard('CLIENT')],
    children: [
      {
        path: 'add-funds',
        title: 'titles.addFunds',
        loadComponent: () => import('./add-funds/add-funds'),
      },
      {
        path: 'topups',
        title: 'titles.topups',
        loadComponent: () => import('./topups/topups-page'),
      },
      {
        path: 'topups/:id/return',
        title: 'titles.topupReturn',
        loadComponent: () => import('./topup-return/topup-return'),
      },
      {
        path: 'topups/:id/demo-pay',
        title: 'titles.demoPay',
        loadComponent: () => import('./demo-pay/demo-pay'),
      },
    ],
  },
];

export default WALLET_ROUTES;
