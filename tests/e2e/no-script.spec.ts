// With JavaScript off, each island page says plainly that it needs it and links to the pages that
// work without it; none of the island's server-rendered controls (or a "Loading…" that would never
// end) is left on screen. Static pages read the same with or without scripts.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { islandRoutes } from './routes';

test.use({ javaScriptEnabled: false });

const CONTROLS = 'input, select, textarea, button, [role="button"], [role="radio"], [role="checkbox"]';

for (const route of islandRoutes) {
  test(`${route} without JavaScript: says it needs it, links to stages and methodology, shows no controls`, async ({
    page,
  }) => {
    await page.goto(route);
    const notice = page.locator('main').getByRole('region', { name: /needs JavaScript$/ });
    await expect(notice).toBeVisible();
    // The page still has exactly one visible h1 (on some pages it is the notice's own heading).
    await expect(page.locator('h1:visible')).toHaveCount(1);
    await expect(notice.getByRole('link', { name: /stages/ })).toHaveAttribute('href', '/stages/');
    await expect(notice.getByRole('link', { name: /diagnostic and the cost model/ })).toHaveAttribute(
      'href',
      '/methodology/',
    );
    // The island's markup is in the page (it is server-rendered) but none of it is visible.
    await expect(page.locator('astro-island')).toHaveCount(1);
    await expect(page.locator('astro-island')).toBeHidden();
    const visibleControls = await page
      .locator(CONTROLS)
      .evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(visibleControls, 'visible form controls').toBe(0);
    await expect(page.getByText(/Loading/)).toBeHidden();
  });
}

test.describe('as a browser without scripts renders them', () => {
  // axe needs scripts to run, so this rebuilds the no-script page in a scripted browser: every
  // <script> removed and every <noscript> unwrapped, which is how a browser with scripting off
  // parses the page (the island's own script never runs, public/no-script.css hides the island).
  test.use({ javaScriptEnabled: true });

  for (const route of islandRoutes) {
    test(`${route}: axe finds nothing`, async ({ page }) => {
      await page.route(`**${route}`, async (intercepted) => {
        const response = await intercepted.fetch();
        const html = (await response.text())
          .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
          .replace(/<\/?noscript>/g, '');
        await intercepted.fulfill({ response, body: html });
      });
      await page.goto(route);
      await expect(page.locator('astro-island')).toBeHidden();
      await expect(page.getByRole('region', { name: /needs JavaScript$/ })).toBeVisible();
      await expectNoAxeViolations(page, `${route} without JavaScript`);
    });
  }
});

test('the menu opens and its links work without JavaScript on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/stages/');
  const menu = page.locator('summary', { hasText: 'Menu' });
  await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methodology' }).click();
  await expect(page).toHaveURL(/\/methodology\/$/);
});
