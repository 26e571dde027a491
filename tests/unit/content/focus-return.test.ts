import { afterEach, describe, expect, it } from 'vitest';
import { rememberFocus } from '../../../entrypoints/content/focus-return';
import { claimElement } from '../../../entrypoints/content/own-elements';

afterEach(() => {
  document.body.replaceChildren();
});

/** A grading form like a learning platform's: a comment box in a dialog, and a button after it. */
function gradingPage() {
  document.body.innerHTML = `
    <main>
      <a href="#top" id="top-link">Top</a>
      <section id="grading">
        <div id="dialog"><textarea id="comment"></textarea></div>
        <button id="submit">Submit</button>
      </section>
    </main>`;
  const comment = document.getElementById('comment') as HTMLTextAreaElement;
  return { comment, submit: document.getElementById('submit') as HTMLButtonElement };
}

describe('giving the focus back to the page when the panel closes', () => {
  it('goes back to the element that had it', () => {
    const { comment } = gradingPage();
    comment.focus();
    const giveBack = rememberFocus(document);
    document.body.focus();
    comment.blur();
    giveBack();
    expect(document.activeElement).toBe(comment);
  });

  it('goes to the nearest control still there when the page removed that element', () => {
    const { comment, submit } = gradingPage();
    comment.focus();
    const giveBack = rememberFocus(document);
    document.getElementById('dialog')?.remove();
    giveBack();
    expect(document.activeElement).toBe(submit);
  });

  it('goes to the nearest control still there when the element can no longer take it', () => {
    const { comment, submit } = gradingPage();
    comment.focus();
    const giveBack = rememberFocus(document);
    comment.blur();
    comment.disabled = true;
    giveBack();
    expect(document.activeElement).toBe(submit);
  });

  it('leaves the focus alone when it was on nothing, or on the panel itself', () => {
    const { comment } = gradingPage();
    expect(document.activeElement).toBe(document.body);
    rememberFocus(document)();
    expect(document.activeElement).toBe(document.body);

    const ours = document.createElement('button');
    claimElement(ours);
    document.body.append(ours);
    ours.focus();
    const giveBack = rememberFocus(document);
    comment.focus();
    giveBack();
    expect(document.activeElement).toBe(comment);
  });
});
