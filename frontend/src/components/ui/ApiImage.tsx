import { useRef } from "react";

import { useImageSrc, type ImageVariant } from "@/api/images";
import { cx } from "@/lib/cx";
import { useInView } from "@/lib/use-in-view";

import { Skeleton } from "./Skeleton";

/**
 * A stored picture (fetched with the session's token). While it loads: a placeholder of
 * the same size; if it can't load: a soft panel that still carries the alt text.
 */
export function ApiImage({
  imageId,
  alt,
  className,
  variant,
  lazy = false,
}: {
  imageId: string | null | undefined;
  alt: string;
  className?: string;
  variant?: ImageVariant;
  /** Fetched only when near the screen (a long strip of thumbnails). */
  lazy?: boolean;
}) {
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useInView(placeholder, lazy);
  const src = useImageSrc(near ? imageId : null, variant);
  if (!imageId || src.isError) {
    return (
      <div
        role="img"
        aria-label={alt}
        className={cx("grid place-items-center bg-sand text-5xl text-ink-soft", className)}
      >
        <span aria-hidden="true">✿</span>
      </div>
    );
  }
  if (!src.data) return <Skeleton ref={placeholder} className={className} />;
  return <img src={src.data} alt={alt} className={cx("object-cover", className)} draggable={false} />;
}
