import { describe, expect, it } from 'vitest';

// The suite runs once per host zone (see the root vitest.config.ts). This checks that the zone
// really is in effect, so that "same answers in every zone" is a claim the other tests can make.
describe('the host zone of this run', () => {
  it('is the zone the project was configured with', () => {
    const configured = process.env.TZ;
    expect(configured).toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(configured);
    const offsetInJanuary = new Date(Date.UTC(2021, 0, 12)).getTimezoneOffset();
    expect(offsetInJanuary).toBe(configured === 'UTC' ? 0 : 300);
  });
});
