/**
 * A company logo must be a real image. SVG gets extra care: a logo is
 * served from our own origin, so one opened directly must not run script
 * (src/listing-files/validate/svg-logo.ts).
 */
import { logoBytesProblem } from '../../schema/logo-limits.ts';
import { svgLogoProblem } from './svg-logo.ts';

const signatures: Array<{ kind: string; test: (b: Uint8Array) => boolean }> = [
  { kind: 'png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { kind: 'jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: 'gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 },
  { kind: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { kind: 'avif', test: (b) => ascii(b, 4, 12) === 'ftypavif' },
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** Undefined when the bytes are a safe image; otherwise what is wrong and how to fix it. */
export function logoProblem(fileName: string, bytes: Uint8Array): string | undefined {
  // First: a 24 MB file is refused for its size, before anything parses it.
  const tooLarge = logoBytesProblem(bytes.byteLength);
  if (tooLarge) return `${fileName} ${tooLarge}`;
  if (/\.svg$/i.test(fileName)) {
    const problem = svgLogoProblem(new TextDecoder().decode(bytes));
    if (!problem) return undefined;
    return problem.startsWith('contains')
      ? `${fileName} ${problem}; logos must be plain drawings. Export it again without scripts, links or animation`
      : `${fileName} ${problem}; export the logo again as SVG or PNG`;
  }
  const kind = signatures.find((s) => s.test(bytes))?.kind;
  if (!kind) return `${fileName} is not a PNG, JPEG, GIF, WebP, AVIF or SVG image; export the logo again`;
  return undefined;
}
