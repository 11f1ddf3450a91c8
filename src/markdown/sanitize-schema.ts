/**
 * What raw HTML from wiki editors may keep, after ikiwiki's htmlscrubber: a list of harmless
 * elements and attributes, URLs only with safe schemes, no script, no event handlers, no style
 * (the highlighter colours tokens by class).
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const ELEMENTS = [
  'a', 'abbr', 'acronym', 'address', 'article', 'aside', 'b', 'big', 'blockquote', 'br', 'caption', 'center',
  'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'dir', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
  'mark', 'nav', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var',
];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: ELEMENTS,
  // Ids and names stay as written: wiki pages link to their own anchors.
  clobber: [],
  clobberPrefix: '',
  attributes: {
    '*': ['className', 'id', 'title', 'lang', 'dir', 'align', 'role', 'ariaLabel', 'ariaHidden', 'tabIndex'],
    a: ['href', 'name', 'rel', 'hreflang'],
    img: ['src', 'alt', 'width', 'height', 'longDesc'],
    td: ['colSpan', 'rowSpan', 'headers', 'scope', 'vAlign'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'vAlign'],
    col: ['span', 'width'],
    colgroup: ['span', 'width'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    time: ['dateTime'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    blockquote: ['cite'],
    q: ['cite'],
    details: ['open'],
    font: ['color', 'size', 'face'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'ftp', 'irc', 'ircs', 'news', 'nntp', 'gopher'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  required: {},
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'frame', 'frameset'],
};
