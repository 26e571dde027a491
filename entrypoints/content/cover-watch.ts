import { type CoverProblem, coverProblem, samplePoints } from './cover-check';

const CHECK_INTERVAL_MS = 500;

/**
 * While the panel is open, checks every half second (and on resize and
 * scroll) whether the page has put something over the panel or made it
 * invisible, and reports each change. A page can do either at any moment,
 * and neither raises an event we could wait for. Returns a stop function.
 */
export function watchCover(
  host: HTMLElement,
  onChange: (problem: CoverProblem | null) => void,
): () => void {
  const doc = host.ownerDocument;
  const win = doc.defaultView ?? window;
  let last: CoverProblem | null = null;
  const check = () => {
    if (!host.isConnected) return;
    const tops = samplePoints(host.getBoundingClientRect(), win).map(({ x, y }) =>
      doc.elementFromPoint(x, y),
    );
    const styles = [host, doc.documentElement].map((element) => win.getComputedStyle(element));
    const problem = coverProblem(host, tops, styles);
    if (problem === last) return;
    last = problem;
    onChange(problem);
  };
  const timer = win.setInterval(check, CHECK_INTERVAL_MS);
  win.addEventListener('resize', check);
  win.addEventListener('scroll', check, true);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('resize', check);
    win.removeEventListener('scroll', check, true);
    if (last) onChange(null);
  };
}
