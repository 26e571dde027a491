import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type StartupMoment, useStartupMark } from '../../../../utils/panel/hooks/use-startup-mark';

function Marking(props: { moment: StartupMoment; reached?: boolean }) {
  useStartupMark(props.moment, props.reached);
  return <p>{props.moment}</p>;
}

const marked = (name: string) => performance.getEntriesByName(name, 'mark').length;

describe('start-up marks the opening-speed benchmark reads', () => {
  const root = document.createElement('div');

  afterEach(() => {
    render(null, root);
    performance.clearMarks();
  });

  it('marks a moment once, when the first of several components reaches it', () => {
    render(
      <>
        <Marking moment="composer-ready" />
        <Marking moment="composer-ready" />
      </>,
      root,
    );
    render(<Marking moment="composer-ready" />, root);
    expect(marked('feedforward:composer-ready')).toBe(1);
  });

  it('waits for a moment that is not reached yet', () => {
    render(<Marking moment="items-listed" reached={false} />, root);
    expect(marked('feedforward:items-listed')).toBe(0);
    render(<Marking moment="items-listed" reached />, root);
    expect(marked('feedforward:items-listed')).toBe(1);
  });
});
