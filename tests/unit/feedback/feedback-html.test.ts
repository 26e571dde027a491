import { describe, expect, it } from 'vitest';
import { feedbackHtml } from '../../../utils/feedback/feedback-html';

/** The HTML as a pasted document would read it: its elements and text. */
function parsed(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('feedbackHtml', () => {
  it('keeps blank-line paragraphs as paragraphs and single line breaks as line breaks', () => {
    expect(feedbackHtml('Your goal is clear.\n\nNext: cite two sources.\nThen revise.')).toBe(
      '<p>Your goal is clear.</p><p>Next: cite two sources.<br>Then revise.</p>',
    );
  });

  it('treats several blank lines as one paragraph break', () => {
    expect(feedbackHtml('One.\n\n\n\nTwo.')).toBe('<p>One.</p><p>Two.</p>');
  });

  it('escapes every character that could start markup or leave an attribute', () => {
    expect(feedbackHtml(`5 < 7 & "quotes" aren't > tags`)).toBe(
      '<p>5 &lt; 7 &amp; &quot;quotes&quot; aren&#39;t &gt; tags</p>',
    );
  });

  it('never lets stored text become elements, and keeps it readable as written', () => {
    const hostile = '<img src=x onerror="alert(1)">\n\n<script>alert(2)</script>';
    const pasted = parsed(feedbackHtml(hostile));
    expect(pasted.querySelector('img, script')).toBeNull();
    expect([...pasted.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '<img src=x onerror="alert(1)">',
      '<script>alert(2)</script>',
    ]);
  });
});
