/**
 * Can the build read this image? A file can start like a PNG and still be
 * broken; the signature check (logo.ts) passes it, and then Astro's image
 * step or the social-card painter stops the whole build with a stack trace.
 * Decoding it once with sharp (which paints the cards) finds that here,
 * where the validator can name the profile and the field.
 */
import sharp from 'sharp';

/** Undefined when the image decodes; otherwise the decoder's reason, one line. */
export async function undecodableImage(bytes: Uint8Array): Promise<string | undefined> {
  try {
    // A 16 px thumbnail makes sharp decode every pixel without keeping a large image around.
    await sharp(bytes, { limitInputPixels: 50_000_000 }).resize(16, 16, { fit: 'contain' }).raw().toBuffer();
    return undefined;
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').replace(/:\s*$/, '').trim();
    return reason.length > 120 ? `${reason.slice(0, 119)}…` : reason || 'unreadable';
  }
}
