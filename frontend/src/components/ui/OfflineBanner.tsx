import { useOnline } from "@/lib/online";

/** Tells the reader, politely and without blocking anything, that they are offline. */
export function OfflineBanner() {
  const online = useOnline();
  return (
    <div role="status" aria-live="polite">
      {!online && (
        <div className="bg-night px-4 py-3 text-center text-cream">
          <strong>You're offline.</strong> Books you opened on this device still read; changes,
          downloads and signing in need a connection.
        </div>
      )}
    </div>
  );
}
