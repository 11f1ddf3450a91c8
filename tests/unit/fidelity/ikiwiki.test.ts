import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../helpers/blocks.ts';
import { howto } from '../../helpers/content.ts';
import { ikiwikiRender } from '../../helpers/ikiwiki.ts';
import { renderRevisions } from '../../helpers/render.ts';

describe('the site renders the HowTo as ikiwiki does', async () => {
  const ours = await renderRevisions(howto());
  // ikiwiki gets the very markdown our pipeline parses: the body with its gaps filled by their stand-ins.
  const theirs = ikiwikiRender(Object.fromEntries(ours.map((p) => [`r${p.revision.revision}`, p.markdown])));

  ours.forEach((p) => {
    const name = `r${p.revision.revision}`;
    it(`revision ${p.revision.revision}: same headings (and levels), paragraphs and code blocks`, () => {
      const expected = blocksOf(theirs[name]!, '#content');
      const actual = blocksOf(`<article>${p.html}</article>`, 'article');
      expect(expected.length).toBeGreaterThan(12);
      expect(actual).toEqual(expected);
    });
  });
});
