import { afterEach, describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange } from '../../../utils/anchoring/index';
import { buildTextIndex, rangeFromOffsets } from '../../../utils/anchoring/text-index';
import { mountPage } from '../integrations/page';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

/** A range over the characters `[start, end)` of the page text, through the index. */
function rangeOver(root: Node, passage: string): Range {
  const index = buildTextIndex(root);
  const at = index.text.indexOf(passage);
  const range = rangeFromOffsets(index, at, at + passage.length);
  if (at === -1 || !range)
    throw new Error(`${JSON.stringify(passage)} not in ${JSON.stringify(index.text)}`);
  return range;
}

describe('buildTextIndex: the text a reader sees', () => {
  it('leaves out elements hidden by the hidden attribute, display: none and visibility: hidden', () => {
    const style = document.createElement('style');
    style.textContent = '.collapsed { display: none }';
    document.head.append(style);
    const root = mountPage(
      '<p>Shown <span hidden>secret one</span>text <span class="collapsed">secret two</span>here' +
        '<span style="display:none">secret three</span> and <span style="visibility:hidden">secret four</span>there.</p>',
    );
    expect(buildTextIndex(root).text).toBe('Shown text here and there.');
  });

  it('leaves out form fields, frames, scripts and styles', () => {
    const root = mountPage(
      '<p>Name: <input value="typed"><textarea>draft text</textarea><select><option>choice</option></select>' +
        '<iframe srcdoc="<p>framed</p>"></iframe><script>var s = 1;</script><style>p{}</style>end.</p>',
    );
    expect(buildTextIndex(root).text).toBe('Name: end.');
  });

  it('keeps paragraphs, list items and table cells apart, and breaks lines at <br>', () => {
    const root = mountPage(
      '<p>One.</p><p>Two.</p><ul><li>three</li><li>four</li></ul>' +
        '<table><tr><td>five</td><td>six</td></tr><tr><td>seven</td></tr></table><p>eight<br>nine</p>',
    );
    expect(buildTextIndex(root).text).toBe(
      'One.\nTwo.\nthree\nfour\nfive\nsix\nseven\neight\nnine',
    );
  });

  it('adds no line break where the source already has white space between blocks', () => {
    const root = mountPage('<p>One.</p>\n<p>Two.</p>');
    expect(buildTextIndex(root).text).toBe('One.\nTwo.');
  });

  it('joins text split over many inline elements without adding anything', () => {
    const root = mountPage('<p>Sp<b>li</b><i>t</i> <a href="#">wo<span>r</span>d</a>s.</p>');
    expect(buildTextIndex(root).text).toBe('Split words.');
  });
});

describe('describeRange and anchor on structured pages', () => {
  it('round-trips a passage split over many inline elements to the same boundaries', () => {
    const root = mountPage(
      '<p>The <b>q</b><i>u</i><u>ick</u> brown <span>f<em>o</em>x</span> jumps.</p>',
    );
    const selected = rangeOver(root, 'quick brown fox');
    const selectors = describeRange(root, selected);
    expect(selectors?.quote.exact).toBe('quick brown fox');
    const found = anchor(root, selectors as NonNullable<typeof selectors>);
    expect(found?.compareBoundaryPoints(Range.START_TO_START, selected)).toBe(0);
    expect(found?.compareBoundaryPoints(Range.END_TO_END, selected)).toBe(0);
  });

  it('does not let the end of one paragraph glue onto the start of the next', () => {
    const root = mountPage('<p>We tested it</p><p>again later.</p><p>We tested itagain.</p>');
    const selectors = describeRange(root, rangeOver(root, 'tested it\nagain'));
    expect(selectors?.quote.exact).toBe('tested it\nagain');
    root.prepend(Object.assign(document.createElement('p'), { textContent: 'Intro.' }));
    const found = anchor(root, selectors as NonNullable<typeof selectors>);
    expect(found?.startContainer.parentElement?.textContent).toBe('We tested it');
    expect(found?.endContainer.parentElement?.textContent).toBe('again later.');
  });

  it('finds a passage across a <br> and across table cells', () => {
    const root = mountPage(
      '<p>Line one ends<br>line two starts</p><table><tr><td>Pupil A</td><td>scored 12</td></tr></table>',
    );
    for (const passage of ['ends\nline two', 'Pupil A\nscored']) {
      const selectors = describeRange(root, rangeOver(root, passage));
      root.prepend(Object.assign(document.createElement('p'), { textContent: 'Moved.' }));
      const found = anchor(root, selectors as NonNullable<typeof selectors>);
      expect(found && describeRange(root, found)?.quote.exact).toBe(passage);
    }
  });

  it('does not find a passage whose only copy is now hidden', () => {
    const root = mountPage('<p>Intro.</p><p id="target">A sentence the teacher marked.</p>');
    const selectors = describeRange(root, rangeOver(root, 'A sentence the teacher marked.'));
    root.querySelector('#target')?.setAttribute('hidden', '');
    expect(anchor(root, selectors as NonNullable<typeof selectors>)).toBeNull();
  });

  it('anchorAll returns one range or null per item, in order', () => {
    const root = mountPage(
      '<p>Alpha beta gamma.</p><p>Delta epsilon zeta.</p><p>Eta theta iota.</p>',
    );
    const selectorsList = ['beta gamma', 'epsilon', 'theta iota'].map((passage) => {
      const selectors = describeRange(root, rangeOver(root, passage));
      if (!selectors) throw new Error('not described');
      return selectors;
    });
    root.querySelectorAll('p')[1]?.remove();
    root.prepend(Object.assign(document.createElement('h2'), { textContent: 'Title' }));
    expect(anchorAll(root, selectorsList).map((range) => range?.toString() ?? null)).toEqual([
      'beta gamma',
      null,
      'theta iota',
    ]);
  });
});
