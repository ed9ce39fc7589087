/**
 * Stands in for `@react-pdf/image`, react-pdf's image loader with its PNG and JPEG decoders
 * (~30 KB minified of the PDF worker). The report and the signable documents draw no images and
 * register no emoji source (emoji are replaced by a placeholder before layout:
 * src/domain/script-coverage.ts), so react-pdf never calls it; if a document ever adds an
 * <Image>, its render fails with this message instead of printing a blank box.
 * astro.config.mjs points `@react-pdf/image` here for the browser build.
 */
export default function resolveImage(): Promise<never> {
  return Promise.reject(new Error('The PDF engine is built without images (src/report/engine/no-images.ts).'));
}
