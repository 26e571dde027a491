import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCursorInserter } from '../../../utils/integrations/insert-at-cursor';
import { mountPage, textNodeWith } from './page';

const CONTENT = 'Well argued.\n\nNext: cite a source.';
/** The paragraphs the page makes of CONTENT for a rich-text box. */
const CONTENT_HTML = '<p>Well argued.</p><p>Next: cite a source.</p>';

let inserter: ReturnType<typeof createCursorInserter> | null = null;

/** An LMS page with a comment field, a rich-text box, and our own panel host. */
function lmsPage(fields: string) {
  const page = mountPage(fields);
  const host = document.createElement('feedforward-host');
  host.tabIndex = 0;
  host.innerHTML = '<textarea aria-label="panel field"></textarea>';
  document.body.append(host);
  inserter = createCursorInserter(document, (node) => host.contains(node));
  return { page, host };
}

/** What a framework listening on the field sees. */
function inputEventsOn(field: HTMLElement): InputEvent[] {
  const events: InputEvent[] = [];
  field.addEventListener('input', (event) => events.push(event as InputEvent));
  return events;
}

/** Stands in for `document.execCommand` (happy-dom has none); removed after the test. */
function installExecCommand(
  implementation: (command: string, _ui: boolean, value: string) => boolean,
) {
  const execCommand = vi.fn(implementation);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

afterEach(() => {
  inserter?.stop();
  inserter = null;
  Reflect.deleteProperty(document, 'execCommand');
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('createCursorInserter in a text field', () => {
  it('types at the caret the teacher left, after focus moved to the panel', () => {
    const { page, host } = lmsPage('<textarea id="comment"></textarea>');
    const field = page.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    field.value = 'Dear Anna, . Best wishes';
    field.setSelectionRange(11, 11);
    const events = inputEventsOn(field);
    host.focus();

    expect(inserter?.insert(CONTENT)).toBe(true);
    expect(field.value).toBe(`Dear Anna, ${CONTENT}. Best wishes`);
    expect(events).toHaveLength(1);
    expect(events[0]?.bubbles).toBe(true);
    expect(events[0]?.inputType).toBe('insertText');
    expect(events[0]?.data).toBe(CONTENT);
  });

  it('types into the field the teacher was in before the panel (and this script) came', () => {
    const page = mountPage('<textarea id="comment">Maja, </textarea>');
    const field = page.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(6, 6);
    const host = document.createElement('div');
    host.tabIndex = 0;
    document.body.append(host);
    inserter = createCursorInserter(document, (node) => host.contains(node));
    host.focus();

    expect(inserter.insert('Cite a source.')).toBe(true);
    expect(field.value).toBe('Maja, Cite a source.');
  });

  it('replaces the text the teacher had selected in the field', () => {
    const { page } = lmsPage('<input type="text" value="Good work: XXX">');
    const field = page.querySelector('input') as HTMLInputElement;
    field.focus();
    field.setSelectionRange(11, 14);

    inserter?.insert('clear thesis');
    expect(field.value).toBe('Good work: clear thesis');
  });

  it('goes through the browser’s own editing where it can, typing the text once', () => {
    const { page } = lmsPage('<textarea></textarea>');
    const field = page.querySelector('textarea') as HTMLTextAreaElement;
    const execCommand = installExecCommand((_command, _ui, value) => {
      field.setRangeText(value, field.selectionStart, field.selectionEnd, 'end');
      return true;
    });
    field.focus();

    inserter?.insert(CONTENT);
    expect(execCommand).toHaveBeenCalledExactlyOnceWith('insertText', false, CONTENT);
    expect(field.value).toBe(CONTENT);
  });

  it('types the text itself when the browser’s editing changes nothing', () => {
    const { page } = lmsPage('<textarea>Hi </textarea>');
    const field = page.querySelector('textarea') as HTMLTextAreaElement;
    installExecCommand(() => true);
    field.focus();
    field.setSelectionRange(3, 3);
    const events = inputEventsOn(field);

    inserter?.insert(CONTENT);
    expect(field.value).toBe(`Hi ${CONTENT}`);
    expect(events).toHaveLength(1);
  });

  it('does not remember a field in our own panel', () => {
    const { page, host } = lmsPage('<textarea></textarea>');
    const field = page.querySelector('textarea') as HTMLTextAreaElement;
    const panelField = host.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    panelField.focus();
    host.focus();

    inserter?.insert(CONTENT);
    expect(field.value).toBe(CONTENT);
    expect(panelField.value).toBe('');
  });

  it.each([
    ['a password field', '<input type="password">'],
    ['a checkbox', '<input type="checkbox">'],
    ['a read-only field', '<textarea readonly></textarea>'],
    ['a disabled field', '<textarea disabled></textarea>'],
  ])('never types into %s', (_what, html) => {
    const { page } = lmsPage(html);
    const control = page.firstElementChild as HTMLInputElement;
    control.focus();
    control.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));

    expect(inserter?.insert(CONTENT)).toBe(false);
    expect(control.value ?? '').not.toContain('Well argued');
  });

  it('says so when the teacher was in no field, or the field is gone', () => {
    const { page } = lmsPage('<p>Just text.</p><textarea></textarea>');
    expect(inserter?.insert(CONTENT)).toBe(false);

    const field = page.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    field.blur();
    field.remove();
    expect(inserter?.insert(CONTENT)).toBe(false);
  });

  it('forgets fields once stopped', () => {
    const { page } = lmsPage('<textarea></textarea>');
    inserter?.stop();
    const field = page.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    field.blur();
    expect(inserter?.insert(CONTENT)).toBe(false);
  });
});

describe('createCursorInserter in a rich-text box', () => {
  /** Puts the caret inside the box's text and lets the page notice, as a click would. */
  function placeCaret(node: Text, offset: number) {
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  }

  it('types at the remembered caret of the whole box, after focus moved to the panel', () => {
    const { page, host } = lmsPage(
      '<div contenteditable="true"><p>First paragraph.</p><p>Second paragraph.</p></div>',
    );
    const box = page.firstElementChild as HTMLElement;
    const second = box.querySelectorAll('p')[1] as HTMLElement;
    second.focus();
    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    placeCaret(textNodeWith(box, 'Second'), 'Second'.length);
    const events = inputEventsOn(box);
    host.focus();
    document.getSelection()?.removeAllRanges();

    expect(inserter?.insert(' [note]')).toBe(true);
    expect(box.textContent).toBe('First paragraph.Second [note] paragraph.');
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toBe(' [note]');
  });

  it('adds at the end of the box when the teacher never placed a caret in it', () => {
    const { page } = lmsPage('<div contenteditable="true"><p>Existing.</p></div>');
    const box = page.firstElementChild as HTMLElement;
    box.focus();
    document.getSelection()?.removeAllRanges();

    inserter?.insert(' Added.');
    expect(box.textContent).toBe('Existing. Added.');
  });

  it('hands paragraphs made from the text to the browser’s own editing where it can', () => {
    const { page } = lmsPage('<div contenteditable="true"></div>');
    const box = page.firstElementChild as HTMLElement;
    const execCommand = installExecCommand((_command, _ui, value) => {
      box.innerHTML += value;
      return true;
    });
    box.focus();

    inserter?.insert(CONTENT);
    expect(execCommand).toHaveBeenCalledExactlyOnceWith('insertHTML', false, CONTENT_HTML);
    expect(box.innerHTML).toBe(CONTENT_HTML);
  });

  it('never turns the text into markup when it types it itself', () => {
    const { page } = lmsPage('<div contenteditable="true"></div>');
    const box = page.firstElementChild as HTMLElement;
    box.focus();

    inserter?.insert('<img src=x onerror=alert(1)>');
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
