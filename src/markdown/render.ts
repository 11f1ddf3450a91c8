/**
 * Renders one revision's markdown to HTML with the site's pipeline; the revision's context goes in as vfile data.
 * Consecutive revisions of a page share most of their text, so the page is parsed in chunks (chunks.ts) and each
 * chunk's tree is kept: a revision parses only the chunks its edit touched, then the page plugins run on the whole.
 */
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { Lru } from '../utils/lru.ts';
import { createChunkSerializer, pageHtml } from './chunk-html.ts';
import { splitChunks } from './chunks.ts';
import { assemble } from './hast-assemble.ts';
import { shikiConfig } from './highlight-config.ts';
import { markdownPipeline } from './pipeline.ts';
import { preprocess, SLOT_CLOSE, SLOT_OPEN } from './preprocess.ts';
import rehypeHighlightCode from './rehype-highlight-code.ts';
import { emptyFindings, type ChunkCheck, type RenderContext, type RenderFindings } from './render-context.ts';
import type { Slot } from './slot.ts';
import { pageEnvironment } from './wiki-fragment.ts';
import { indexPages } from './wiki-links.ts';
import type { WikiSite } from './wiki-site.ts';

export interface RenderInput extends RenderContext {
  /** The markdown as parsed: the body with its missing lines replaced by their stand-ins. */
  markdown: string;
}

export interface RenderOutput extends RenderFindings {
  html: string;
}

export type RenderRevision = (input: RenderInput) => Promise<RenderOutput>;

export interface RenderOptions {
  /** Parse in chunks and keep their trees (default); false parses every revision whole, as the reference in tests and benches. */
  reuse?: boolean;
  /** How much chunk text (in characters) the kept trees may stand for. */
  keep?: number;
}

interface Parsed extends ChunkCheck {
  tree: Root;
}

const PLACEHOLDER = new RegExp(`${SLOT_OPEN}(\\d+)${SLOT_CLOSE}`, 'g');

/** What a slot puts in the page (its text as written too, which code shows), so that a chunk's key changes whenever its output may. */
const slotKey = (slot: Slot): string =>
  slot.kind === 'html' ? `h${slot.source}\u0000${slot.render(true)}\u0000${slot.render(false)}` : JSON.stringify(slot);

/** A renderer for the site's revisions of the wiki `site`. */
export function createRenderer(site: WikiSite, { reuse = true, keep = 250_000 }: RenderOptions = {}): RenderRevision {
  const index = indexPages(site);
  const { remarkPlugins, rehypePlugins, pagePlugins } = markdownPipeline(index);
  const parser = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true })
    // Shiki runs before raw HTML is parsed and sanitized, as in Astro's own pipeline: its token styles pass the sanitizer.
    .use(rehypeHighlightCode, shikiConfig)
    .use(rehypePlugins as PluggableList)
    .freeze();
  const finisher = unified().use(pagePlugins as PluggableList).freeze();
  const serialize = createChunkSerializer();
  const kept = new Lru<Parsed>(keep);

  const parse = async (text: string, data: VFile['data']): Promise<Parsed> => {
    const file = new VFile({ value: text, data: { ...data } });
    const tree = (await parser.run(parser.parse(file), file)) as Root;
    return { tree, ...file.data.wikiChunk! };
  };

  /** The chunk's parse, from the kept trees when the same text with the same slot output was parsed before. */
  const parseKept = async (text: string, data: VFile['data'], slots: readonly Slot[]): Promise<Parsed> => {
    const key = (data.wikiParseRaw ? 'raw:' : ':') + text.replace(PLACEHOLDER, (_, i: string) => SLOT_OPEN + slotKey(slots[Number(i)]!) + SLOT_CLOSE);
    const found = kept.get(key);
    if (found) return found;
    const parsed = await parse(text, data);
    kept.set(key, parsed, key.length);
    return parsed;
  };

  /** The page's chunks parsed, each run on into the next until it stands alone; null when the page must be parsed whole. */
  const parseChunks = async (text: string, data: VFile['data'], slots: readonly Slot[]) => {
    const chunks = splitChunks(text);
    const out: Array<Parsed & { line: number; text: string }> = [];
    for (let i = 0; i < chunks.length; i++) {
      const { line } = chunks[i]!;
      let chunk = chunks[i]!.text;
      let parsed = await parseKept(chunk, data, slots);
      while (!parsed.closed && i + 1 < chunks.length) {
        chunk += `\n${chunks[++i]!.text}`;
        parsed = await parseKept(chunk, data, slots);
      }
      if (parsed.global) return null;
      out.push({ ...parsed, line, text: chunk });
    }
    // The whole page's tree is parsed as HTML if any of it holds raw HTML: so is each chunk's then.
    if (!out.some((c) => c.raw)) return out;
    return Promise.all(out.map(async (c) => (c.raw ? c : { ...c, ...(await parseKept(c.text, { ...data, wikiParseRaw: true }, slots)) })));
  };

  return async ({ markdown, ...context }) => {
    const findings = emptyFindings();
    // ikiwiki expands directives and links before markdown sees the text; line numbers stay the page's.
    const env = pageEnvironment({ page: context.page, index, templates: site.templates, findings });
    const { text, slots } = preprocess(markdown, env, context.firstLine);
    const data: VFile['data'] = { wiki: context, wikiFindings: findings, wikiSlots: slots };
    // Notes on missing lines are placed by page line, which a chunk does not know.
    const chunks = reuse && context.missing.length === 0 ? await parseChunks(text, data, slots) : null;
    const { tree, spans } = chunks ? assemble(chunks) : { tree: (await parse(text, data)).tree, spans: [] };
    const count = tree.children.length;
    const done = (await finisher.run(tree, new VFile({ data }))) as Root;
    // A page plugin that took a block out of the page (an empty toc) moved the chunks' places: the page is written whole.
    const html = done === tree && tree.children.length === count ? serialize(tree, spans, context.page) : pageHtml(done);
    return { html, ...findings };
  };
}
