import { inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { EMPTY, catchError, switchMap } from 'rxjs';

import { RealtimeService } from '../realtime/realtime.service';
import { Approval, isApproval } from './cost-centre.model';
import { CostCentresService } from './cost-centres.service';

/**
 * Follows the approval `current()` (null: none) until it is decided: the `approval.decided` frame
 * with its id, and — since frames sent while the connection was down are lost — a read of the
 * approval after every (re)connection. `decided` gets the approval once it is no longer PENDING.
 * Call in an injection context (it stops with it).
 */
export function watchApproval(
  current: () => Approval | null,
  decided: (approval: Approval) => void,
): void {
  const realtime = inject(RealtimeService);
  const api = inject(CostCentresService);
  const settle = (approval: Approval) => {
    if (approval.state !== 'PENDING' && current()?.id === approval.id) {
      decided(approval);
    }
  };
  realtime
    .on('approval.decided')
    .pipe(takeUntilDestroyed())
    .subscribe((event) => {
      if (isApproval(event.approval)) {
        settle(event.approval);
      }
    });
  realtime.connected$
    .pipe(
      switchMap(() => {
        const approval = current();
        return approval
          ? api.approval(approval.code, approval.id).pipe(catchError(() => EMPTY))
          : EMPTY;
      }),
      takeUntilDestroyed(),
    )
    .subscribe((fresh) => {
      if (isApproval(fresh)) {
        settle(fresh);
      }
    });
}
