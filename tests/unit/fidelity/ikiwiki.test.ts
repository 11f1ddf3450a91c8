import { describe, expect, it } from 'vitest';
import { preparePage } from '../../../src/loaders/page-outlines.ts';
import { blocksOf } from '../../helpers/blocks.ts';
import { howto } from '../../helpers/content.ts';
import { ikiwikiRender } from '../../helpers/ikiwiki.ts';
import { renderRevisions } from '../../helpers/render.ts';

describe('the site renders the HowTo as ikiwiki does', async () => {
  const revisions = howto();
  const prepared = preparePage(revisions);
  // ikiwiki gets the very markdown our pipeline parses: the body with its gaps filled by their stand-ins.
  const theirs = ikiwikiRender(Object.fromEntries(prepared.map((p) => [`r${p.revision.revision}`, p.markdown])));
  const ours = await renderRevisions(revisions);

  prepared.forEach((p, i) => {
    const name = `r${p.revision.revision}`;
    it(`revision ${p.revision.revision}: same headings (and levels), paragraphs and code blocks`, () => {
      const expected = blocksOf(theirs[name]!, '#content');
      const actual = blocksOf(`<article>${ours[i]}</article>`, 'article');
      expect(expected.length).toBeGreaterThan(12);
      expect(actual).toEqual(expected);
    });
  });
});
