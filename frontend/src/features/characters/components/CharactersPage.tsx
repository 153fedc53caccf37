import { useRef, useState } from "react";
import { Link } from "react-router";

import type { CharactersDocument, Kind, Trait } from "@/api/types";
import { Alert } from "@/components/ui/Alert";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button, LinkButton } from "@/components/ui/Button";
import { InputField, SelectField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { Skeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";
import { usePageTitle } from "@/lib/page";
import { ApiError } from "@/lib/problem";
import { notify } from "@/lib/toast";

import {
  useCatalog,
  useCharacters,
  useDebounced,
  useDeleteCharacters,
  useExportCharacters,
  useImportCharacters,
  type CharacterFilters,
} from "../api";

function download(doc: unknown, filename: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function CharactersPage() {
  usePageTitle("Characters");
  const catalog = useCatalog();
  const enums = catalog.data?.enums ?? {};
  const [filters, setFilters] = useState<CharacterFilters>({ q: "", kind: "", trait: "", hasPortrait: "" });
  const q = useDebounced(filters.q, 300);
  const list = useCharacters({ ...filters, q });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteCharacters();
  const exporter = useExportCharacters();
  const importer = useImportCharacters();
  const [importProblem, setImportProblem] = useState<{ error: unknown; lines: string[] } | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtering = Boolean(filters.q || filters.kind || filters.trait || filters.hasPortrait);
  const toggle = (id: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  const doExport = () => {
    exporter.mutate([...selected], {
      onSuccess: (doc) => {
        download(doc, `storyloom-characters-${new Date().toISOString().slice(0, 10)}.json`);
        notify.success(`Exported ${selected.size} ${selected.size === 1 ? "character" : "characters"}.`);
      },
      onError: (e) => notify.failure(e, doExport),
    });
  };

  const doImport = async (picked: File) => {
    setImportProblem(null);
    let doc: CharactersDocument;
    try {
      doc = JSON.parse(await picked.text()) as CharactersDocument;
    } catch {
      setImportProblem({ error: null, lines: ["This file isn't a Storyloom characters file (it isn't valid JSON)."] });
      return;
    }
    importer.mutate(doc, {
      onSuccess: (result) => {
        const n = Object.keys(result.ids).length;
        notify.success(`Imported ${n} ${n === 1 ? "character" : "characters"}.`);
      },
      onError: (error) => {
        const lines =
          error instanceof ApiError
            ? error.fieldErrors.map((f) => `${f.loc.filter((p) => p !== "body").join(" › ")}: ${f.msg}`)
            : [];
        setImportProblem({ error, lines });
      },
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl sm:text-4xl">Characters</h1>
          <p className="mt-1 max-w-prose text-lg text-ink-soft">
            The heroes, friends and pets of your books. Each looks the same on every page.
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/characters/new">New character</LinkButton>
          <Button variant="secondary" onPress={() => file.current?.click()} isDisabled={importer.isPending}>
            {importer.isPending ? "Importing…" : "Import…"}
          </Button>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            tabIndex={-1}
            aria-label="Characters file to import"
            onChange={(e) => {
              const picked = e.target.files?.[0];
              e.target.value = "";
              if (picked) void doImport(picked);
            }}
          />
        </div>
      </div>

      {importProblem && (
        <div className="flex flex-col gap-2">
          {importProblem.error ? (
            <ProblemAlert error={importProblem.error} extra={importProblem.lines} />
          ) : (
            <Alert title="Nothing was imported">
              {importProblem.lines.map((l) => (
                <p key={l}>{l}</p>
              ))}
            </Alert>
          )}
          <p className="text-base text-ink-soft">Nothing was imported: fix the file and try again.</p>
        </div>
      )}

      <div role="search" aria-label="Find characters" className="grid gap-4 rounded-[var(--radius-card)] bg-paper p-4 shadow-[var(--shadow-card)] sm:grid-cols-2 lg:grid-cols-4">
        <InputField
          label="Search"
          type="search"
          value={filters.q}
          onChange={(value) => {
            setFilters((f) => ({ ...f, q: value }));
          }}
        />
        <SelectField<Kind>
          label="Kind"
          value={filters.kind}
          placeholder="Any kind"
          options={Object.entries(enums["kind"] ?? {}).map(([value, label]) => ({ value: value as Kind, label }))}
          onChange={(kind) => {
            setFilters((f) => ({ ...f, kind }));
          }}
        />
        <SelectField<Trait>
          label="Trait"
          value={filters.trait}
          placeholder="Any trait"
          options={Object.entries(enums["trait"] ?? {}).map(([value, label]) => ({ value: value as Trait, label }))}
          onChange={(trait) => {
            setFilters((f) => ({ ...f, trait }));
          }}
        />
        <SelectField<"yes" | "no">
          label="Portrait"
          value={filters.hasPortrait}
          placeholder="With or without"
          options={[
            { value: "yes", label: "Has a portrait" },
            { value: "no", label: "No portrait yet" },
          ]}
          onChange={(hasPortrait) => {
            setFilters((f) => ({ ...f, hasPortrait }));
          }}
        />
      </div>

      {selected.size > 0 && (
        <div
          role="region"
          aria-label="Selected characters"
          className="sticky top-2 z-10 flex flex-wrap items-center gap-3 rounded-2xl bg-night px-4 py-3 text-cream shadow-lg"
        >
          <p className="font-bold" aria-live="polite">
            {selected.size} selected
          </p>
          <Button variant="secondary" onPress={doExport} isDisabled={exporter.isPending}>
            Export
          </Button>
          {!confirming ? (
            <Button variant="danger" onPress={() => { setConfirming(true); }}>
              Delete…
            </Button>
          ) : (
            <span className="flex flex-wrap items-center gap-2">
              <span>Delete {selected.size}?</span>
              <Button
                variant="danger"
                autoFocus
                isDisabled={remove.isPending}
                onPress={() => {
                  remove.mutate([...selected], {
                    onSuccess: (r) => {
                      notify.success(`Deleted ${r.deleted} ${r.deleted === 1 ? "character" : "characters"}.`);
                      setSelected(new Set());
                      setConfirming(false);
                    },
                    onError: (e) => notify.failure(e),
                  });
                }}
              >
                Yes, delete
              </Button>
              <Button variant="secondary" onPress={() => { setConfirming(false); }}>
                Cancel
              </Button>
            </span>
          )}
          <button
            type="button"
            className="min-h-12 cursor-pointer rounded-full px-4 font-bold text-cream underline underline-offset-4 hover:bg-ink"
            onClick={() => { setSelected(new Set()); setConfirming(false); }}
          >
            Clear selection
          </button>
        </div>
      )}

      {list.isPending && (
        <div role="status" className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          <span className="sr-only">Loading characters…</span>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="aspect-[3/4]" />
          ))}
        </div>
      )}
      {list.isError && (
        <div>
          <ProblemAlert error={list.error} />
          <Button variant="secondary" className="mt-3" onPress={() => void list.refetch()}>
            Try again
          </Button>
        </div>
      )}
      {list.data && items.length === 0 && (
        <div className="rounded-[var(--radius-card)] bg-leaf-light p-8 text-center">
          {filtering ? (
            <p className="text-lg">No characters match. Try another search or filter.</p>
          ) : (
            <>
              <p className="text-2xl font-bold">No characters yet</p>
              <p className="mx-auto mt-2 max-w-prose">
                Start with your child, a favourite toy or the family dog: choose how they look and what
                they're like, and Storyloom draws them.
              </p>
              <LinkButton href="/characters/new" className="mt-4">
                Create your first character
              </LinkButton>
            </>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul
          aria-label="Your characters"
          className={cx("grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4", list.isPlaceholderData && "opacity-60")}
        >
          {items.map((c) => {
            const kind = enums["kind"]?.[c.kind] ?? c.kind;
            const isSelected = selected.has(c.id);
            return (
              <li
                key={c.id}
                className={cx(
                  "relative flex flex-col overflow-hidden rounded-[var(--radius-card)] bg-paper shadow-[var(--shadow-card)]",
                  isSelected && "ring-4 ring-clay",
                )}
              >
                <ApiImage
                  imageId={c.portrait_image_id}
                  alt={`${c.name}, a ${kind.toLowerCase()}`}
                  variant={{ width: 256 }}
                  className="aspect-square w-full"
                />
                <div className="flex flex-1 flex-col gap-1 p-3">
                  <Link to={`/characters/${c.id}`} className="text-xl font-bold text-ink no-underline hover:underline">
                    {c.name}
                  </Link>
                  <p className="text-base text-ink-soft">
                    {kind}
                    {c.age !== null ? `, ${c.age}` : ""}
                  </p>
                </div>
                <label className="absolute top-2 left-2 flex min-h-11 cursor-pointer items-center gap-2 rounded-full bg-paper/95 px-3 text-base font-bold shadow has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-sky">
                  <input
                    type="checkbox"
                    className="size-5 accent-clay"
                    checked={isSelected}
                    onChange={() => {
                      toggle(c.id);
                    }}
                    aria-label={`Select ${c.name}`}
                  />
                  <span aria-hidden="true">{isSelected ? "Selected" : "Select"}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" onPress={() => void list.fetchNextPage()} isDisabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading…" : "Show more"}
        </Button>
      )}
    </div>
  );
}
