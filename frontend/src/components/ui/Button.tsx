import {
  Button as AriaButton,
  Link as AriaLink,
  type ButtonProps as AriaButtonProps,
  type LinkProps as AriaLinkProps,
} from "react-aria-components";

import { cx } from "@/lib/cx";

export type Variant = "primary" | "secondary" | "danger" | "quiet" | "done";

const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-full px-6 py-2 text-lg font-bold " +
  "no-underline transition-colors select-none cursor-pointer " +
  "data-[disabled]:cursor-not-allowed data-[disabled]:opacity-60";

const variants: Record<Variant, string> = {
  primary:
    "bg-clay text-white shadow-sm data-[hovered]:bg-clay-dark data-[pressed]:bg-clay-dark",
  secondary:
    "bg-paper text-ink border-2 border-clay data-[hovered]:bg-clay-light data-[pressed]:bg-clay-light",
  danger: "bg-berry text-white data-[hovered]:bg-[#8e1c16] data-[pressed]:bg-[#8e1c16]",
  /** A choice already made (a chosen portrait): reads as done, not as unavailable. */
  done: "bg-leaf text-white data-[hovered]:bg-[#25552e] data-[pressed]:bg-[#25552e]",
  quiet: "bg-transparent text-ink underline underline-offset-4 px-3 data-[hovered]:bg-sand",
};

function buttonClass(variant: Variant = "primary", extra?: string): string {
  return cx(base, variants[variant], extra);
}

export interface ButtonProps extends Omit<AriaButtonProps, "className"> {
  variant?: Variant;
  className?: string;
}

/** A button (react-aria: press events, keyboard and focus-visible handled for us). */
export function Button({ variant = "primary", className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={buttonClass(variant, className)} />;
}

export interface LinkButtonProps extends Omit<AriaLinkProps, "className"> {
  variant?: Variant;
  className?: string;
}

/** A link that looks like a button (for navigation, not actions). */
export function LinkButton({ variant = "primary", className, ...props }: LinkButtonProps) {
  return <AriaLink {...props} className={buttonClass(variant, className)} />;
}
