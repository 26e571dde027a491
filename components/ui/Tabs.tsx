import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One section of the panel. */
export interface PanelTab<K extends string> {
  key: K;
  label: string;
  content: ComponentChildren;
}

/**
 * The panel's sections as ARIA tabs: ←/→ switch between them. Every section
 * stays mounted while hidden, so switching never loses what is being typed.
 */
export function PanelTabs<K extends string>(props: {
  label: string;
  tabs: PanelTab<K>[];
  selected: K;
  onSelect(key: K): void;
}) {
  const id = useId();
  const keys = props.tabs.map((tab) => tab.key);
  const move = (step: number) => {
    const index = keys.indexOf(props.selected);
    const next = keys[(index + step + keys.length) % keys.length];
    if (next === undefined) return;
    props.onSelect(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={props.label}>
        {props.tabs.map((tab) => (
          <button
            key={tab.key}
            id={`${id}-tab-${tab.key}`}
            type="button"
            role="tab"
            aria-selected={tab.key === props.selected}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === props.selected ? 0 : -1}
            onClick={() => props.onSelect(tab.key)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                event.preventDefault();
                move(event.key === 'ArrowRight' ? 1 : -1);
              }
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {props.tabs.map((tab) => (
        <div
          key={tab.key}
          id={`${id}-panel-${tab.key}`}
          role="tabpanel"
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== props.selected}
          class="tab-panel"
        >
          {tab.content}
        </div>
      ))}
    </>
  );
}
