import type { Accessory, Catalog, HairStyle, Kind, Outfit } from "@/api/types";
import { ChoiceGroup, ChoicePill } from "@/components/ui/Fields";

import { useCharacterDraft } from "../store";
import { LivePreview } from "./LivePreview";
import { HairThumb, OutfitThumb, SwatchPicker, TilePicker } from "./Pickers";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the enum
function entries<T extends string>(catalog: Catalog, name: string): { value: T; label: string }[] {
  return Object.entries(catalog.enums[name] ?? {}).map(([value, label]) => ({ value: value as T, label }));
}

/** What fits a kind (from the catalogue): an animal has markings, not a hairstyle. */
function looksFor(catalog: Catalog, kind: Kind) {
  const looks = (catalog.kinds as Catalog["kinds"] | undefined)?.[kind];
  const child = kind === "child";
  return {
    hairStyles: looks?.hair_styles ?? (child ? null : ["none"]),
    outfits: looks?.outfits ?? null,
    markings: looks ? looks.markings : child ? null : "Markings",
    markingSwatches: looks?.markings_swatches ?? "fur",
  };
}

export function LooksStep({ catalog, kindLabel }: { catalog: Catalog; kindLabel: string }) {
  const draft = useCharacterDraft();
  const sheet = draft.sheet;
  const child = sheet.kind === "child";
  const swatches = (name: string) => catalog.swatches[name] ?? [];
  const accessories = sheet.accessories ?? [];
  const looks = looksFor(catalog, sheet.kind);
  const hasHair = looks.hairStyles === null || looks.hairStyles.some((h) => h !== "none");
  const outfits = entries<Outfit>(catalog, "outfit").filter((o) => looks.outfits?.includes(o.value) ?? true);
  const dressed = sheet.outfit !== "none";
  // Worn things take the outfit colours: hats and capes the main one, the rest the trim.
  const wearsMain = accessories.some((a) => a === "hat" || a === "cape");
  const wearsTrim = accessories.some((a) => a === "scarf" || a === "bow" || a === "backpack");

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div className="order-2 flex flex-col gap-7 lg:order-1">
        <SwatchPicker
          legend={child ? "Skin" : "Fur or body colour"}
          name="body_color"
          swatches={child ? swatches("skin") : swatches("fur")}
          value={sheet.body_color}
          onChange={(body_color) => {
            draft.updateSheet({ body_color });
          }}
        />
        {looks.markings !== null && (
          <SwatchPicker
            legend={looks.markings}
            name="accent_color"
            swatches={swatches(looks.markingSwatches)}
            value={sheet.accent_color}
            onChange={(accent_color) => {
              draft.updateSheet({ accent_color });
            }}
          />
        )}
        {hasHair && (
          <>
            <TilePicker<HairStyle>
              legend="Hair style"
              name="hair_style"
              options={entries<HairStyle>(catalog, "hair_style").filter(
                (h) => looks.hairStyles?.includes(h.value) ?? true,
              )}
              value={sheet.hair_style}
              onChange={(hair_style) => {
                draft.updateSheet({ hair_style });
              }}
              render={(style) => <HairThumb style={style} color={sheet.hair_color} skin={sheet.body_color} />}
            />
            <SwatchPicker
              legend="Hair colour"
              name="hair_color"
              swatches={swatches("hair")}
              value={sheet.hair_color}
              onChange={(hair_color) => {
                draft.updateSheet({ hair_color });
              }}
            />
          </>
        )}
        <SwatchPicker
          legend="Eyes"
          name="eye_color"
          swatches={swatches("eyes")}
          value={sheet.eye_color}
          onChange={(eye_color) => {
            draft.updateSheet({ eye_color });
          }}
        />
        <TilePicker<Outfit>
          legend="Outfit"
          name="outfit"
          options={outfits}
          value={sheet.outfit}
          onChange={(outfit) => {
            draft.updateSheet({ outfit });
          }}
          render={(outfit) => (
            <OutfitThumb outfit={outfit} color={sheet.outfit_color} accent={sheet.outfit_accent_color} />
          )}
        />
        {(dressed || wearsMain) && (
          <SwatchPicker
            legend={dressed ? "Outfit colour (and hat and cape)" : "Hat and cape colour"}
            name="outfit_color"
            swatches={swatches("outfit")}
            value={sheet.outfit_color}
            onChange={(outfit_color) => {
              draft.updateSheet({ outfit_color });
            }}
          />
        )}
        {(dressed || wearsTrim) && (
          <SwatchPicker
            legend={dressed ? "Outfit trim (and scarf, bow and bag)" : "Scarf, bow and bag colour"}
            name="outfit_accent_color"
            swatches={swatches("outfit")}
            value={sheet.outfit_accent_color}
            onChange={(outfit_accent_color) => {
              draft.updateSheet({ outfit_accent_color });
            }}
          />
        )}
        <ChoiceGroup legend="Accessories" description="Add as many as you like.">
          {entries<Accessory>(catalog, "accessory").map((a) => (
            <ChoicePill
              key={a.value}
              name="accessories"
              value={a.value}
              checked={accessories.includes(a.value)}
              onChange={(on) => {
                draft.updateSheet({
                  accessories: on ? [...accessories, a.value] : accessories.filter((x) => x !== a.value),
                });
              }}
            >
              {a.label}
            </ChoicePill>
          ))}
        </ChoiceGroup>
      </div>
      <div className="order-1 lg:order-2">
        <div className="lg:sticky lg:top-4">
          <h2 className="sr-only">Live preview</h2>
          <LivePreview sheet={sheet} name={draft.name} kindLabel={kindLabel} />
        </div>
      </div>
    </div>
  );
}
