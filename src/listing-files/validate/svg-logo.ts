/**
 * Is an SVG logo a plain drawing? A logo is served from the board's own
 * origin, and an SVG opened on its own is a document that can run script,
 * so on hosts that send no Content-Security-Policy (GitHub Pages) a
 * scripted logo would be stored cross-site scripting.
 *
 * Pattern matching on the text cannot decide this: `<svg:script>`,
 * `<html:script>` and `href="&#x6A;avascript:…"` all slip past a regex.
 * So the file is parsed as XML (saxes, with namespaces and entities
 * resolved) and checked against an allowlist: drawing elements of the SVG
 * namespace, no event handlers, no animation (it can rewrite links), and
 * references only to fragments inside the file or to embedded raster data.
 * Elements of other namespaces (Inkscape, Illustrator and RDF metadata)
 * are inert in browsers and allowed, except XHTML and MathML.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const activeNamespaces = new Set(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML']);

// prettier-ignore
const drawingElements = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'metadata', 'symbol', 'use', 'switch', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image', 'filter',
  'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** Embedded raster images are fine; anything else a `data:` URL can carry (SVG, HTML) is a document. */
const embeddedRaster = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/i;

/** A `url(…)` that points outside the file (fill="url(#gradient)" is fine). */
const outsideUrl = /url\s*\(\s*(?!['"]?\s*#)/i;
/**
 * CSS that could fetch or run something: imports, image functions that take
 * a bare string as their address, and backslashes, because CSS escapes
 * (`\\75 rl(…)`) can spell any of the rest. Presentation attributes (fill,
 * filter, mask) are CSS too, so every attribute is checked.
 */
const unsafeCss = new RegExp(
  `@import|\\\\|expression\\s*\\(|javascript:|image-set\\s*\\(|\\bimage\\s*\\(|cross-fade\\s*\\(|\\belement\\s*\\(|${outsideUrl.source}`,
  'i',
);

function referenceProblem(value: string): string | undefined {
  const target = value.trim();
  if (target.startsWith('#') || embeddedRaster.test(target)) return undefined;
  return `a link to ${JSON.stringify(target.slice(0, 40))}`;
}

function elementProblem(tag: SaxesTagNS): string | undefined {
  const name = tag.prefix ? `<${tag.prefix}:${tag.local}>` : `<${tag.local}>`;
  if (activeNamespaces.has(tag.uri)) return `${name} (an HTML element)`;
  if ((tag.uri === SVG_NS || tag.uri === '') && !drawingElements.has(tag.local)) return name;
  for (const attribute of Object.values(tag.attributes)) {
    const where = `the ${attribute.name} attribute of ${name}`;
    if (/^on/i.test(attribute.local)) return `an event handler (${where})`;
    if (attribute.local === 'href' || attribute.local === 'src') {
      const problem = referenceProblem(attribute.value);
      if (problem) return `${problem} (${where})`;
    }
    if (attribute.local === 'base' && attribute.prefix === 'xml') return `an xml:base attribute on ${name}`;
    // Prefixed attributes (inkscape:export-filename="C:\\…") are metadata the browser ignores.
    const checked = attribute.prefix ? outsideUrl : unsafeCss;
    if (checked.test(attribute.value)) return `an outside reference in ${where}`;
  }
  return undefined;
}

const notSvg = 'is not an SVG image: its outermost element must be <svg>';

/** Undefined for a plain drawing; otherwise what is wrong ("contains …" or "is not …"), for an editor. */
export function svgLogoProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: string | undefined;
  let root: SaxesTagNS | undefined;
  // A <style> element's whole text, checked when it closes: a comment or a
  // CDATA boundary inside `@imp<!---->ort` vanishes for the browser's CSS parser.
  let styleText: string | undefined;
  const fail = (what: string) => (problem ??= `${what} on line ${parser.line}`);
  parser.on('doctype', (doctype) => {
    // Declarations inside a DOCTYPE (entities, or <!ATTLIST> default attributes
    // such as onload) reach the browser but not the parser's tag events.
    if (doctype.includes('[')) fail('a DOCTYPE with its own declarations');
  });
  parser.on('processinginstruction', (instruction) => fail(`a <?${instruction.target}?> instruction`));
  parser.on('opentag', (tag) => {
    root ??= tag;
    const found = elementProblem(tag);
    if (found) fail(found);
    if (tag.local === 'style') styleText = '';
  });
  parser.on('closetag', (tag) => {
    if (tag.local !== 'style') return;
    if (unsafeCss.test(styleText ?? '')) fail('an outside reference in a <style> element');
    styleText = undefined;
  });
  const collectStyle = (css: string) => {
    if (styleText !== undefined) styleText += css;
  };
  parser.on('text', collectStyle);
  parser.on('cdata', collectStyle);
  try {
    parser.write(text).close();
  } catch (error) {
    if (problem) return `contains ${problem}`;
    if (!root) return notSvg;
    const [, line, column, reason] = /^(?:undefined:)?(\d+):(\d+): (.*?)\.?$/.exec((error as Error).message) ?? [];
    return `is not a well-formed SVG file (${reason ? `line ${line}, column ${column}: ${reason}` : (error as Error).message})`;
  }
  if (!root || root.local !== 'svg' || (root.uri !== SVG_NS && root.uri !== '')) return notSvg;
  return problem ? `contains ${problem}` : undefined;
}
