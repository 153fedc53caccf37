import type { Accessory, Catalog, HairStyle, Outfit } from "@/api/types";
import { ChoiceGroup, ChoicePill } from "@/components/ui/Fields";

import { useCharacterDraft } from "../store";
import { LivePreview } from "./LivePreview";
import { HairThumb, OutfitThumb, SwatchPicker, TilePicker } from "./Pickers";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the enum
function entries<T extends string>(catalog: Catalog, name: string): { value: T; label: string }[] {
  return Object.entries(catalog.enums[name] ?? {}).map(([value, label]) => ({ value: value as T, label }));
}

export function LooksStep({ catalog, kindLabel }: { catalog: Catalog; kindLabel: string }) {
  const draft = useCharacterDraft();
  const sheet = draft.sheet;
  const child = sheet.kind === "child";
  const swatches = (name: string) => catalog.swatches[name] ?? [];
  const accessories = sheet.accessories ?? [];

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
        <TilePicker<HairStyle>
          legend={child ? "Hair style" : "Hair or tuft"}
          name="hair_style"
          options={entries<HairStyle>(catalog, "hair_style")}
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
          options={entries<Outfit>(catalog, "outfit")}
          value={sheet.outfit}
          onChange={(outfit) => {
            draft.updateSheet({ outfit });
          }}
          render={(outfit) => (
            <OutfitThumb outfit={outfit} color={sheet.outfit_color} accent={sheet.outfit_accent_color} />
          )}
        />
        <SwatchPicker
          legend="Outfit colour"
          name="outfit_color"
          swatches={swatches("outfit")}
          value={sheet.outfit_color}
          onChange={(outfit_color) => {
            draft.updateSheet({ outfit_color });
          }}
        />
        <SwatchPicker
          legend="Outfit trim"
          name="outfit_accent_color"
          swatches={swatches("outfit")}
          value={sheet.outfit_accent_color}
          onChange={(outfit_accent_color) => {
            draft.updateSheet({ outfit_accent_color });
          }}
        />
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
        {accessories.length > 0 && (
          <SwatchPicker
            legend="Accessory colour"
            name="accent_color"
            swatches={swatches("outfit")}
            value={sheet.accent_color}
            onChange={(accent_color) => {
              draft.updateSheet({ accent_color });
            }}
          />
        )}
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
