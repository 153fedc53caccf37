import { Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, type Key } from "react-aria-components";

import { Button } from "@/components/ui/Button";
import { cx } from "@/lib/cx";

import type { MenuGroup, Panel } from "./panels";

/**
 * "More…": the reader's rarely used tools in a menu (narrow screens). The open tool is
 * ticked, and choosing it again closes its panel. Keyboard: Enter or Space opens, arrows
 * move, Enter chooses, Escape closes; focus goes back to the button.
 */
export function MoreMenu({
  groups,
  panel,
  online,
  className,
  onToggle,
}: {
  groups: MenuGroup[];
  panel: Panel;
  online: boolean;
  className: string;
  onToggle: (panel: Panel) => void;
}) {
  const open = groups.some(({ items }) => items.some(([p]) => p === panel));
  return (
    <MenuTrigger>
      {/* Filled while one of its tools is open, like the other tool buttons. */}
      <Button variant={open ? "primary" : "secondary"} isDisabled={!online} className={className}>
        More…
      </Button>
      <Popover
        placement="bottom end"
        className="min-w-56 overflow-auto rounded-2xl border-2 border-sand-dark bg-paper p-1 shadow-[var(--shadow-card)] outline-none"
      >
        <Menu
          selectionMode="single"
          selectedKeys={open ? [panel] : []}
          onAction={(key: Key) => { onToggle(key as Panel); }}
          className="outline-none"
        >
          {groups.map(({ title, items }) => (
            <MenuSection key={title} className="not-first:mt-1 not-first:border-t-2 not-first:border-sand not-first:pt-1">
              <Header className="px-3 pt-1 text-sm font-bold text-ink-soft">{title}</Header>
              {items.map(([p, label]) => (
                <MenuItem
                  key={p}
                  id={p}
                  textValue={label}
                  className={({ isFocused }) =>
                    cx("flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-3 text-base outline-none", isFocused && "bg-clay-light")
                  }
                >
                  {({ isSelected }) => (
                    <>
                      <span aria-hidden="true" className="w-4 text-clay">{isSelected ? "✓" : ""}</span>
                      {label}
                    </>
                  )}
                </MenuItem>
              ))}
            </MenuSection>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
