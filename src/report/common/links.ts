/**
 * How a site-relative link ("/methodology/") becomes a URL that works on paper: the document is
 * rendered with the origin it was generated on. Provided once by ReportPDF, read by sections.
 */
import { createContext, useContext } from 'react';

export type ResolveHref = (href: string) => string | null;

export function hrefResolver(origin: string | null | undefined): ResolveHref {
  return (href) => {
    if (/^(?:https?:|mailto:)/i.test(href)) return href;
    if (!origin || !href.startsWith('/')) return null;
    return new URL(href, origin).href;
  };
}

export const LinkContext = createContext<ResolveHref>(hrefResolver(null));

export const useResolveHref = () => useContext(LinkContext);
