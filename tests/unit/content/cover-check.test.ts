import { describe, expect, it } from 'vitest';
import { coverProblem, samplePoints } from '../../../entrypoints/content/cover-check';

const host = document.createElement('div');
const other = document.createElement('div');
const plain = { opacity: '1', filter: 'none', visibility: 'visible' };

describe('coverProblem', () => {
  it('is fine when the host is on top everywhere and drawn normally', () => {
    expect(coverProblem(host, [host, host, null], [plain, plain])).toBeNull();
  });

  it('reports a cover when anything else is on top at one point', () => {
    expect(coverProblem(host, [host, other], [plain, plain])).toBe('covered');
  });

  it('reports a fade when opacities multiply below a half', () => {
    expect(coverProblem(host, [host], [plain, { ...plain, opacity: '0.02' }])).toBe('faded');
    expect(coverProblem(host, [host], [plain, { ...plain, opacity: '0.8' }])).toBeNull();
    expect(
      coverProblem(
        host,
        [host],
        [
          { ...plain, opacity: '0.6' },
          { ...plain, opacity: '0.6' },
        ],
      ),
    ).toBe('faded');
  });

  it('reports a fade for hiding filters and hidden visibility, but not colour filters', () => {
    expect(coverProblem(host, [host], [{ ...plain, filter: 'opacity(0.1)' }])).toBe('faded');
    expect(coverProblem(host, [host], [{ ...plain, filter: 'blur(20px)' }])).toBe('faded');
    expect(coverProblem(host, [host], [{ ...plain, filter: 'brightness(0)' }])).toBe('faded');
    expect(coverProblem(host, [host], [{ ...plain, visibility: 'hidden' }])).toBe('faded');
    expect(coverProblem(host, [host], [{ ...plain, filter: 'invert(1)' }])).toBeNull();
  });
});

describe('samplePoints', () => {
  it('keeps only points inside the window', () => {
    const win = { innerWidth: 1000, innerHeight: 800 } as Window;
    expect(samplePoints(new DOMRect(600, 0, 400, 800), win)).toHaveLength(9);
    // Slid out to the right: nothing of it is in the window.
    expect(samplePoints(new DOMRect(1000, 0, 400, 800), win)).toEqual([]);
  });
});
