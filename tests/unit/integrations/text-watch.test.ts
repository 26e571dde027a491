import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTextChanges } from '../../../utils/integrations/text-watch';
import { mountPage, textNodeWith } from './page';

let watch: ReturnType<typeof watchTextChanges> | null = null;

/** The page (a student's text) and our own host beside it, watched. */
function watched() {
  const page = mountPage('<p>Rising sea levels.</p>');
  const host = document.createElement('feedforward-host');
  document.body.append(host);
  const onChange = vi.fn();
  watch = watchTextChanges(document.body, (node) => host.contains(node), onChange);
  return { page, host, onChange };
}

/** Lets the observer deliver what happened, then lets `ms` of time pass. */
async function elapse(ms: number) {
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  watch?.stop();
  watch = null;
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('watchTextChanges', () => {
  it('looks again once the page has been quiet for 400 ms, once per burst', async () => {
    const { page, onChange } = watched();
    page.append(document.createElement('p'));
    await elapse(200);
    textNodeWith(page, 'Rising').data = 'Falling sea levels.';
    await elapse(399);
    expect(onChange).not.toHaveBeenCalled();
    await elapse(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    await elapse(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('looks again at least every two seconds on a page that never stops changing', async () => {
    const { page, onChange } = watched();
    const text = textNodeWith(page, 'Rising');
    for (let elapsed = 0; elapsed < 1900; elapsed += 300) {
      text.data = `Rising sea levels ${elapsed}.`;
      await elapse(300);
    }
    expect(onChange).not.toHaveBeenCalled();
    text.data = 'Rising sea levels at last.';
    await elapse(0);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not count changes inside our own elements', async () => {
    const { host, onChange } = watched();
    host.append(document.createElement('div'));
    host.textContent = 'Panel text';
    await elapse(1000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('hides our own work in the page, but keeps a page change that was still queued', async () => {
    const { page, onChange } = watched();
    const ours = () => {
      const mark = document.createElement('mark');
      page.querySelector('p')?.append(mark);
      mark.remove();
      return 'painted';
    };

    expect(watch?.pause(ours)).toBe('painted');
    await elapse(1000);
    expect(onChange).not.toHaveBeenCalled();

    page.append(document.createElement('section'));
    watch?.pause(ours);
    await elapse(400);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('keeps watching after our own work', async () => {
    const { page, onChange } = watched();
    watch?.pause(() => page.append(document.createElement('mark')));
    textNodeWith(page, 'Rising').data = 'Changed by the student.';
    await elapse(400);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops watching, also dropping a look that was still due', async () => {
    const { page, onChange } = watched();
    page.append(document.createElement('p'));
    await elapse(100);
    watch?.stop();
    page.append(document.createElement('p'));
    await elapse(3000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
