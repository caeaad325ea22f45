import { Component } from '@angular/core';

import { createHost } from '../../../testing/test-helpers';
import { PageHero } from './page-hero';

@Component({
  imports: [PageHero],
  template: `
    <section aria-labelledby="wallet-title">
      <header appPageHero texts="wallet" titleId="wallet-title"><p class="extra">More</p></header>
    </section>
  `,
})
class Host {}

describe('PageHero', () => {
  it('writes eyebrow, the titled heading and lead from one prefix, then what it is given', async () => {
    const fixture = await createHost(Host);
    const header = (fixture.nativeElement as HTMLElement).querySelector('header')!;

    expect(header.classList).toContain('page-hero');
    expect(header.querySelector('h1')?.id).toBe('wallet-title');
    expect(header.querySelector('h1')?.textContent?.trim()).toBe('Wallet');
    expect(header.querySelector('.eyebrow')?.textContent?.trim()).not.toBe('');
    expect(header.querySelector('.page-hero__lead')?.textContent?.trim()).not.toBe('');
    expect(header.lastElementChild?.classList).toContain('extra');
  });
});
