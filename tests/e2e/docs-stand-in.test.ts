import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cleanAnnotatedText } from '../../utils/integrations/google-docs/annotated-text';
import { parseExportedText } from '../../utils/integrations/google-docs/export-text';
import { openStandIn, readClipboard, readLayerInPage, standIn } from './support/docs-stand-in';
import { useDocsSuite } from './support/suite';

/** The stand-in's text as its layer reads it: the manual line break drawn as a wrap, a space. */
const LAYER_TEXT =
  'The town library should open on Sundays because many students only have time to study at the weekend.\n' +
  'In my interviews, most of the people I asked said they would come more often. Some said they would bring their families.\n' +
  'Opening hours\nSaturday 10 to 16\n' +
  'In conclusion, Sunday opening would help students and families alike.\n';

/** A passage drawn over two lines. */
const PASSAGE = 'most of the people I asked said they would come more often';

const apiType = (page: Page) =>
  page.evaluate(
    () => typeof (window as unknown as Record<string, unknown>)._docs_annotate_getAnnotatedText,
  );

/** The export of `documentId` as the page's own request gets it: status, type, first bytes, text. */
function fetchExport(page: Page, documentId: string) {
  return page.evaluate(async (id) => {
    const response = await fetch(`/document/d/${id}/export?format=txt`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      bom: Array.from(bytes.slice(0, 3)),
      body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    };
  }, documentId);
}

describe('the Google Docs stand-in plays the Docs it claims to', () => {
  const suite = useDocsSuite();

  it('draws the accessibility layer over two pages, a line on two tiles, and the selection as rectangles', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1LayerLayerLayerLaye01');
    const layer = await readLayerInPage(page);
    expect(layer?.text).toBe(LAYER_TEXT);
    expect(new Set(layer?.pages)).toEqual(new Set([0, 1]));
    const drawnTwice = await page.evaluate(() =>
      [...document.querySelectorAll('.kix-page-paginated')].some((onePage) => {
        const labels = [...onePage.querySelectorAll('rect[aria-label]')].map((rect) =>
          rect.getAttribute('aria-label'),
        );
        return new Set(labels).size < labels.length;
      }),
    );
    expect(drawnTwice).toBe(true);

    await standIn(page, 'selectText', PASSAGE);
    expect(await page.locator('.kix-canvas-tile-selection rect').count()).toBe(2);
    expect((await readLayerInPage(page))?.selected).toBe(PASSAGE);
    await page.close();
  });

  it('has the layer without Docs’ API, on pages or pageless', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1LayerOnlyLayerOnly02', { standin: 'layer' });
    await page.waitForTimeout(300);
    expect(await apiType(page)).toBe('undefined');
    expect((await readLayerInPage(page))?.text).toBe(LAYER_TEXT);

    await openStandIn(page, '1LayerOnlyLayerOnly02', { standin: 'layer-pageless' });
    const layer = await readLayerInPage(page);
    expect(layer?.text).toBe(LAYER_TEXT);
    expect(new Set(layer?.pages)).toEqual(new Set([0]));
    await page.close();
  });

  it('draws only the canvas when asked, and Docs’ Ctrl+C puts the selection on the clipboard', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1CanvasCanvasCanvas03', { standin: 'canvas' });
    expect(await readLayerInPage(page)).toBeNull();
    expect(await apiType(page)).toBe('undefined');
    await standIn(page, 'selectText', PASSAGE);
    await page.frameLocator('.docs-texteventtarget-iframe').getByRole('textbox').press('Control+c');
    expect(await standIn(page, 'copies')).toEqual([PASSAGE]);
    await expect(readClipboard(page)).resolves.toBe(PASSAGE);
    await page.close();
  });

  it('has an API that throws, or that answers with junk, when asked', async () => {
    const page = await suite.browser.context.newPage();
    const callApi = () =>
      page.evaluate(async (id) => {
        const api = await (
          window as unknown as { _docs_annotate_getAnnotatedText(id: string): Promise<unknown> }
        )._docs_annotate_getAnnotatedText(id);
        try {
          return typeof (api as { getText(): unknown }).getText();
        } catch (error) {
          return String(error);
        }
      }, suite.browser.extensionId);
    await openStandIn(page, '1ApiApiApiApiApiApi04', { standin: 'api-throws' });
    await expect(callApi()).resolves.toMatch(/^TypeError/);
    await openStandIn(page, '1ApiApiApiApiApiApi04', { standin: 'api-junk' });
    await expect(callApi()).resolves.toMatch(/is not a function/);
    await page.close();
  });

  it('answers the plain-text export with the saved text, and with a sign-in page when refused', async () => {
    const page = await suite.browser.context.newPage();
    const id = '1ExportExportExport05';
    await openStandIn(page, id);
    const saved = await fetchExport(page, id);
    expect(saved).toMatchObject({
      status: 200,
      type: 'text/plain; charset=utf-8',
      bom: [0xef, 0xbb, 0xbf],
    });
    expect(saved.body).toContain('weekend.\r\nIn my');
    const clean = cleanAnnotatedText(await standIn(page, 'text')).text;
    expect(parseExportedText(saved.body)).toBe(clean);

    await standIn(page, 'replace', 'In my interviews,', 'In twelve interviews,');
    expect((await fetchExport(page, id)).body).toBe(saved.body);
    await standIn(page, 'save');
    expect(parseExportedText((await fetchExport(page, id)).body)).toBe(
      clean.replace('In my interviews,', 'In twelve interviews,'),
    );

    await openStandIn(page, id, { export: 'refused' });
    const refused = await fetchExport(page, id);
    expect(refused.type).toMatch(/^text\/html/);
    expect(refused.body).toMatch(/^<!doctype html>/i);
    await page.close();
  });

  it('speaks Swedish, has a contenteditable comment box, and can refuse to post', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1SwedishSwedishSwed06', {
      standin: 'layer',
      box: 'contenteditable',
      ui: 'sv',
      post: 'never',
    });
    await standIn(page, 'selectText', PASSAGE);
    await page.getByRole('button', { name: 'Lägg till kommentar', exact: true }).click();
    const input = page.locator('.docos-input-contenteditable');
    await input.pressSequentially('Bra!');
    await page.getByRole('button', { name: 'Kommentera', exact: true }).click();
    await page.waitForTimeout(200);
    expect(await standIn(page, 'comments')).toEqual([]);
    expect(await input.count()).toBe(1);
    await page.getByRole('button', { name: 'Avbryt', exact: true }).click();
    expect(await input.count()).toBe(0);
    expect(await page.title()).toBe('Essay draft - Google Dokument');
    await page.close();
  });
});
