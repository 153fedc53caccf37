import type { Ref } from "react";
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from "react-aria-components";

import { cx } from "@/lib/cx";

export interface TextFieldProps extends Omit<AriaTextFieldProps, "className" | "children"> {
  label: string;
  description?: string;
  /** The message shown under the field; makes the field invalid when set. */
  errorMessage?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  className?: string;
}

/**
 * A labelled text input with an optional hint and an error message under it. Validation
 * is ours (react-hook-form + zod, and the server), so react-aria only displays it.
 */
export function TextField({
  label,
  description,
  errorMessage,
  inputRef,
  placeholder,
  className,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className={cx("flex flex-col gap-1", className)}
    >
      <Label className="text-lg font-bold">{label}</Label>
      {description && <Text slot="description" className="text-base text-ink-soft">{description}</Text>}
      <Input
        ref={inputRef}
        placeholder={placeholder}
        className={cx(
          "min-h-12 w-full rounded-xl border-2 bg-paper px-4 py-2 text-lg text-ink",
          "border-ink-soft/80 data-[hovered]:border-ink-soft",
          "data-[focused]:border-sky data-[invalid]:border-berry",
          "data-[focus-visible]:outline-3 data-[focus-visible]:outline-sky",
        )}
      />
      <FieldError className="flex items-start gap-1 text-base font-bold text-berry">
        <span aria-hidden="true">⚠</span>
        <span>{errorMessage}</span>
      </FieldError>
    </AriaTextField>
  );
}
