import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';
import { nextAnnouncement } from './announcement';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => {});

/**
 * One polite live region for the whole page, in the DOM from the start (a
 * region that appears together with its text is often not read), and the
 * way every component says what just happened: saved, failed, what the
 * review found, how an insert went. Polite, so it never cuts off what the
 * teacher is listening to; the visible text stays where it was.
 */
export function AnnouncerProvider(props: { children: ComponentChildren }) {
  const [text, setText] = useState('');
  const announce = useCallback<Announce>(
    (message) => setText((shown) => nextAnnouncement(shown, message)),
    [],
  );
  return (
    <AnnounceContext.Provider value={announce}>
      {props.children}
      <div
        class="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {text}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says `message` to screen readers through the page's one live region (nothing outside a provider). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
