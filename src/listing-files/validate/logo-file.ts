/**
 * Everything said about a logo's bytes, in the order a reviewer needs it:
 * its size on disk, whether it is a safe image, whether it decodes, and its
 * size in pixels. The build asks the same (src/content.config.ts), so a
 * board built without the validator still refuses the logo, in the same words.
 */
import { undecodableImage } from './decode-image.ts';
import { logoProblem } from './logo.ts';

/** Undefined when the logo may be served; otherwise a message that starts with its file name. */
export async function logoFileProblem(fileName: string, bytes: Uint8Array): Promise<string | undefined> {
  const problem = logoProblem(fileName, bytes);
  if (problem) return problem;
  const undecodable = await undecodableImage(bytes);
  return undecodable ? `${fileName} ${undecodable}` : undefined;
}
