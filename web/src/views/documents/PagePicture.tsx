/**
 * The page's picture as the server made it (the browser never parses the PDF), with each mention
 * that has a box drawn over it as a button: the boxes are placed as fractions of the page, so they
 * stay on their words however wide the column is.
 */
import { useEffect, useState } from 'react';
import { type MentionJson, pageImageUrl } from '../../api/documents.js';
import { ErrorNote } from '../../components/Notice.js';
import { pageFrame, placeBox, type Size } from './geometry.js';
import { groupOf } from './marks.js';

export interface PagePictureProps {
  caseName: string;
  documentId: string;
  fileName: string;
  mediaType: string;
  page: { page: number; width: number | null; height: number | null };
  mentions: readonly MentionJson[];
  selected: string | null;
  onSelect(id: string): void;
}

export function PagePicture(props: PagePictureProps) {
  const { caseName, documentId, page } = props;
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [natural, setNatural] = useState<Size | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    setUrl(undefined);
    setNatural(null);
    setError(null);
    pageImageUrl(caseName, documentId, page.page).then(
      (u) => {
        made = u;
        if (live) setUrl(u);
        else if (u) URL.revokeObjectURL(u);
      },
      (e) => live && setError(e),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [caseName, documentId, page.page]);
  if (error) return <ErrorNote error={error} />;
  if (url === undefined) return <p className="loading">Loading the page's picture…</p>;
  if (url === null) return <p className="muted">This page has no picture; its text is beside.</p>;
  return <PageCanvas {...props} url={url} natural={natural} onNatural={setNatural} />;
}

/** The picture at `url` with the boxes over it; `natural` is its pixel size once loaded. */
export function PageCanvas(
  props: PagePictureProps & { url: string; natural: Size | null; onNatural(size: Size): void },
) {
  const { page, url, natural } = props;
  const frame = pageFrame(page, natural, props.mediaType);
  const boxed = props.mentions.filter((m) => m.box);
  return (
    <figure className="page-picture">
      <div className="page-canvas">
        <img
          src={url}
          alt={`Page ${page.page} of ${props.fileName}`}
          onLoad={(e) =>
            props.onNatural({
              width: e.currentTarget.naturalWidth,
              height: e.currentTarget.naturalHeight,
            })
          }
        />
        {frame &&
          boxed.map((m) => {
            const p = placeBox(m.box!, frame);
            return (
              <button
                key={m.id}
                type="button"
                className={`box kind-${groupOf(m.kind)}${m.id === props.selected ? ' selected' : ''}`}
                data-mention={m.id}
                aria-label={`${m.kind}: ${m.text}`}
                aria-pressed={m.id === props.selected}
                style={{
                  left: `${p.left}%`,
                  top: `${p.top}%`,
                  width: `${p.width}%`,
                  height: `${p.height}%`,
                }}
                onClick={() => props.onSelect(m.id)}
              />
            );
          })}
      </div>
      <figcaption className="muted small">
        {boxed.length} of {props.mentions.length} mentions on this page have a place on the picture.
      </figcaption>
    </figure>
  );
}
