import { describe, expect, it } from 'vitest';
import { checkLayers, importsOf } from '../../../scripts/lib/layers.mjs';

/** Checks a small tree given as path → source. */
function check(tree: Record<string, string>): string[] {
  return checkLayers(new Map(Object.entries(tree)));
}

describe('the layer rules', () => {
  it('accept imports that go down the layers', () => {
    expect(
      check({
        'utils/model/anchor.ts': "import * as v from 'valibot';",
        'utils/anchoring/find.ts': "import type { Anchor } from '../model/anchor';",
        'utils/integrations/html.ts': "import { find } from '../anchoring/find';",
        'components/ui/Button.tsx': "import { h } from 'preact';",
      }),
    ).toEqual([]);
  });

  it('refuse the page side reaching the database, also through a type-only import', () => {
    const problems = check({
      'utils/db/documents.ts': 'export interface DocumentIdentity { key: string }',
      'utils/integrations/types.ts': "import type { DocumentIdentity } from '../db/documents';",
      'entrypoints/content/index.ts': "import { x } from '../../utils/db/documents';",
    });
    expect(problems).toEqual([
      'utils/integrations/types.ts imports utils/db/documents.ts: integrations may not import db',
      'entrypoints/content/index.ts imports utils/db/documents.ts: pageSide may not import db',
    ]);
  });

  it('refuse the model importing anything of ours, and a dynamic import counts', () => {
    const problems = check({
      'utils/feedback/rules.ts': 'export const rules = [];',
      'utils/model/records.ts': "const rules = await import('../feedback/rules');",
    });
    expect(problems).toEqual([
      'utils/model/records.ts imports utils/feedback/rules.ts: model may not import feedback',
    ]);
  });

  it('refuse Dexie and the extension API in components', () => {
    const problems = check({
      'components/list/List.tsx':
        "import Dexie from 'dexie';\nimport { browser } from 'wxt/browser';",
    });
    expect(problems).toEqual([
      "components/list/List.tsx imports 'dexie': components may not use dexie",
      "components/list/List.tsx imports 'wxt/browser': components may not use wxt/browser",
    ]);
  });

  it('find a cycle between files of one layer', () => {
    const problems = check({
      'utils/feedback/a.ts': "import { b } from './b';",
      'utils/feedback/b.ts': "import { a } from './a';",
    });
    expect(problems).toEqual([
      'import cycle between files: utils/feedback/a.ts ⇄ utils/feedback/b.ts',
    ]);
  });

  it('find a cycle between folders even where no two files import each other', () => {
    const problems = check({
      'utils/text/a.ts': "import { version } from '../app-version';",
      'utils/app-version.ts': "import { b } from './text/b';",
      'utils/text/b.ts': 'export const b = 1;',
    });
    expect(problems).toEqual(['import cycle between folders: utils/app-version.ts ⇄ utils/text']);
  });

  it('read imports and re-exports but not commented-out ones', () => {
    expect(
      importsOf(
        [
          "import { a } from './a';",
          "import type { B } from '../b';",
          "export { c } from './c';",
          "export type * from './d';",
          "import './style.css';",
          "// import { e } from './e';",
          "/* import { f } from './f'; */",
          "const g = () => import('./g');",
          'import {',
          '  h,',
          "} from './h';",
        ].join('\n'),
      ),
    ).toEqual(['./a', '../b', './c', './d', './style.css', './g', './h']);
  });
});
