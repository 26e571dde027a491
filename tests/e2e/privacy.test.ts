import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

describe('the privacy page', () => {
  const suite = useExtensionSuite();

  it('opens from the panel in the chosen language, passes axe, and leads to where data is deleted', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await panel.getByLabel('Language', { exact: true }).selectOption('sv');
    const link = panel.getByRole('link', { name: 'Integritet', exact: true });
    await expect.poll(() => link.count()).toBe(1);

    const [privacy] = await Promise.all([suite.browser.context.waitForEvent('page'), link.click()]);
    await privacy.waitForLoadState();
    expect(new URL(privacy.url()).pathname).toBe('/privacy.html');
    const heading = privacy.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe('Integritet i Feedforward');
    await expect.poll(() => privacy.title()).toBe('Integritet i Feedforward');
    expect(await privacy.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(
      await privacy.getByRole('region', { name: 'Inget lämnar datorn' }).textContent(),
    ).toContain('docs.google.com');
    expect(await axeViolations(privacy, 'body')).toEqual([]);

    // The storage link opens the dashboard's Storage tab, where a student is erased.
    await privacy.getByRole('link', { name: /^Öppna Lagring/ }).click();
    await expect
      .poll(() => privacy.getByRole('heading', { name: 'Radera allt om en elev' }).count())
      .toBe(1);
    // And the dashboard's footer leads back.
    await privacy.getByRole('link', { name: 'Integritet', exact: true }).click();
    await expect
      .poll(() => privacy.getByRole('heading', { level: 1 }).textContent())
      .toBe('Integritet i Feedforward');
    await privacy.close();
    await page.close();
  });
});
