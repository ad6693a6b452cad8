import { describe, expect, it } from 'vitest';
import { svgLogoProblem } from '../../src/listing-files/validate/svg-logo.ts';

const svg = (inner: string, namespaces = '') => `<svg xmlns="http://www.w3.org/2000/svg"${namespaces} viewBox="0 0 48 48">${inner}</svg>`;
const XLINK = ' xmlns:xlink="http://www.w3.org/1999/xlink"';

describe('SVG logos', () => {
  it('accepts plain drawings, including gradients, embedded raster images and editor metadata', () => {
    expect(
      svgLogoProblem(svg('<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><circle fill="url(#g)" r="20"/>')),
    ).toBeUndefined();
    expect(svgLogoProblem(svg('<style>.a { fill: #123 }</style><path class="a" d="M0 0h48v48z"/>'))).toBeUndefined();
    expect(svgLogoProblem(svg('<image href="data:image/png;base64,iVBORw0KGgo="/><use xlink:href="#a"/>', XLINK))).toBeUndefined();
    const inkscape =
      '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">' +
      svg(
        '<sodipodi:namedview inkscape:zoom="1"/><metadata><rdf:RDF/></metadata><path inkscape:label="mark" d="M0 0"/>',
        ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
      );
    expect(svgLogoProblem(inkscape)).toBeUndefined();
    // Editor metadata may hold Windows paths: prefixed attributes are not CSS.
    const exported = svg(
      '<path inkscape:export-filename="C:\\logos\\mark.png" d="M0 0"/>',
      ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
    );
    expect(svgLogoProblem(exported)).toBeUndefined();
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script>'), 'contains <script> on line 1'],
    [
      'a script in a prefixed SVG namespace',
      svg('\n<svg:script>alert(1)</svg:script>', ' xmlns:svg="http://www.w3.org/2000/svg"'),
      'contains <svg:script> on line 2',
    ],
    [
      'an HTML script',
      svg('<h:script>alert(1)</h:script>', ' xmlns:h="http://www.w3.org/1999/xhtml"'),
      'contains <h:script> (an HTML element)',
    ],
    ['foreignObject', svg('<foreignObject><div/></foreignObject>'), 'contains <foreignObject>'],
    ['a link element', svg('<a href="#top"><rect/></a>'), 'contains <a>'],
    ['animation that rewrites a link', svg('<set attributeName="href" to="javascript:alert(1)"/>'), 'contains <set>'],
    ['an event handler', svg('<rect onclick="alert(1)"/>'), 'contains an event handler (the onclick attribute of <rect>)'],
    [
      'an entity-encoded script URL',
      svg('<use xlink:href="&#x6A;avascript:alert(1)"/>', XLINK),
      'contains a link to "javascript:alert(1)"',
    ],
    ['an external image', svg('<image href="https://tracker.example/a.png"/>'), 'contains a link to "https://tracker.example/a.png"'],
    ['an embedded SVG document', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'contains a link to "data:image/svg+xml'],
    ['CSS that imports', svg('<style>@import url(https://x.example/a.css);</style>'), 'an outside reference in a <style> element'],
    [
      'CSS escapes hiding url()',
      svg('<style><![CDATA[ .a { fill: u\\72l(https://x.example) } ]]></style>'),
      'an outside reference in a <style> element',
    ],
    ['an outside url() in a style attribute', svg('<rect style="fill: url(https://x.example/#a)"/>'), 'the style attribute of <rect>'],
    ['an outside url() in a presentation attribute', svg('<rect fill="url(\'https://x.example/#a\')"/>'), 'the fill attribute of <rect>'],
    [
      'a stylesheet instruction',
      `<?xml-stylesheet href="https://x.example/a.css"?>${svg('')}`,
      'contains a <?xml-stylesheet?> instruction',
    ],
    ['xml:base', svg('<g xml:base="https://x.example/"/>'), 'an xml:base attribute on <g>'],
    [
      'an <!ATTLIST> that gives the root an onload handler',
      `<!DOCTYPE svg [\n<!ATTLIST svg onload CDATA "alert(1)">\n]>${svg('<rect/>')}`,
      'contains a DOCTYPE with its own declarations',
    ],
    [
      'an @import split by a comment',
      svg('<style>@imp<!-- -->ort "https://x.example/a.css";</style>'),
      'an outside reference in a <style> element',
    ],
    [
      'an @import split across CDATA sections',
      svg('<style><![CDATA[@imp]]><![CDATA[ort "https://x.example/a.css";]]></style>'),
      'an outside reference in a <style> element',
    ],
    ['image-set() with a bare address', svg('<rect style="fill: image-set(\'https://x.example/a.png\' 1x)"/>'), 'the style attribute'],
    [
      'image-set() in a <style> element',
      svg('<style>rect { fill: -webkit-image-set("https://x.example/a.png" 1x) }</style>'),
      'a <style> element',
    ],
    [
      'a CSS escape in a presentation attribute',
      svg('<rect filter="\\75 rl(https://x.example/f.svg#f)"/>'),
      'the filter attribute of <rect>',
    ],
  ])('refuses %s', (_, text, message) => {
    expect(svgLogoProblem(text)).toContain(message);
  });

  it('says when a file is not SVG, or is broken', () => {
    expect(svgLogoProblem('GIF89a<svg ')).toBe('is not an SVG image: its outermost element must be <svg>');
    expect(svgLogoProblem('<html><svg xmlns="http://www.w3.org/2000/svg"/></html>')).toBe(
      'is not an SVG image: its outermost element must be <svg>',
    );
    expect(svgLogoProblem('<svg xmlns="http://www.w3.org/2000/svg"><rect width="10"')).toMatch(
      /^is not a well-formed SVG file \(line 1, column \d+: /,
    );
    expect(svgLogoProblem('<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')).toMatch(
      /^contains a DOCTYPE with its own declarations|^is not a well-formed/,
    );
  });
});
