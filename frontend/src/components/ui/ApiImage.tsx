import { useImageSrc, type ImageVariant } from "@/api/images";
import { cx } from "@/lib/cx";

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
}: {
  imageId: string | null | undefined;
  alt: string;
  className?: string;
  variant?: ImageVariant;
}) {
  const src = useImageSrc(imageId, variant);
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
  if (!src.data) return <Skeleton className={className} />;
  return <img src={src.data} alt={alt} className={cx("object-cover", className)} draggable={false} />;
}
