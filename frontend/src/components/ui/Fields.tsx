/**
 * Native form controls with the same look as TextField: a label, an optional hint and an
 * error under the field, wired with aria-describedby / aria-invalid.
 */
import { useId, type ReactNode } from "react";

import { cx } from "@/lib/cx";

const control =
  "min-h-12 w-full rounded-xl border-2 bg-paper px-4 py-2 text-lg text-ink border-ink-soft/80 " +
  "hover:border-ink-soft focus:border-sky aria-[invalid=true]:border-berry";

export function FieldMessage({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="flex items-start gap-1 text-base font-bold text-berry">
      <span aria-hidden="true">⚠</span>
      <span>{error}</span>
    </p>
  );
}

interface Common {
  label: string;
  description?: string;
  error?: string | undefined;
  className?: string;
}

export function SelectField<T extends string>({
  label,
  description,
  error,
  className,
  value,
  onChange,
  options,
  placeholder,
  name,
}: Common & {
  value: T | "";
  onChange: (value: T | "") => void;
  options: { value: T; label: string }[];
  placeholder?: string;
  name?: string;
}) {
  const id = useId();
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-lg font-bold">
        {label}
      </label>
      {description && (
        <p id={`${id}-d`} className="text-base text-ink-soft">
          {description}
        </p>
      )}
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={cx(description && `${id}-d`, error && `${id}-e`) || undefined}
        onChange={(e) => {
          onChange(e.target.value as T | "");
        }}
        className={control}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessage id={`${id}-e`} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  description,
  error,
  className,
  value,
  onChange,
  rows = 3,
  maxLength,
  name,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  name?: string;
}) {
  const id = useId();
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-lg font-bold">
        {label}
      </label>
      {description && (
        <p id={`${id}-d`} className="text-base text-ink-soft">
          {description}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={cx(description && `${id}-d`, error && `${id}-e`) || undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
        className={cx(control, "leading-relaxed")}
      />
      <FieldMessage id={`${id}-e`} error={error} />
    </div>
  );
}

export function InputField({
  label,
  description,
  error,
  className,
  value,
  onChange,
  type = "text",
  name,
  inputMode,
  autoComplete = "off",
  limit,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "search" | "number";
  name?: string;
  inputMode?: "numeric" | "text";
  autoComplete?: string;
  /** The most characters allowed: a counter shows how many are used as you type. */
  limit?: number;
}) {
  const id = useId();
  const used = Array.from(value.trim()).length;
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-lg font-bold">
        {label}
      </label>
      {description && (
        <p id={`${id}-d`} className="text-base text-ink-soft">
          {description}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={cx(description && `${id}-d`, limit !== undefined && `${id}-c`, error && `${id}-e`) || undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
        className={control}
      />
      {limit !== undefined && (
        <p
          id={`${id}-c`}
          className={cx("self-end text-base tabular-nums", used > limit ? "font-bold text-berry" : "text-ink-soft")}
        >
          {used} of {limit} letters
        </p>
      )}
      <FieldMessage id={`${id}-e`} error={error} />
    </div>
  );
}

/** A group of choices (checkboxes or radios) with a legend and an error. */
export function ChoiceGroup({
  legend,
  description,
  error,
  children,
  className,
}: {
  legend: string;
  description?: string;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={cx("flex flex-col gap-2", className)}
      aria-describedby={cx(description && `${id}-d`, error && `${id}-e`) || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mb-1 text-lg font-bold">{legend}</legend>
      {description && (
        <p id={`${id}-d`} className="-mt-1 text-base text-ink-soft">
          {description}
        </p>
      )}
      <div className="flex flex-wrap gap-2">{children}</div>
      <FieldMessage id={`${id}-e`} error={error} />
    </fieldset>
  );
}

/** A pill-shaped checkbox or radio: the input is real (keyboard, forms), the pill shows it. */
export function ChoicePill({
  type = "checkbox",
  name,
  checked,
  onChange,
  children,
  disabled,
  value,
}: {
  type?: "checkbox" | "radio";
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  disabled?: boolean;
  value?: string;
}) {
  return (
    <label
      className={cx(
        "relative inline-flex min-h-12 cursor-pointer items-center gap-2 rounded-full border-2 px-4 py-2 font-bold",
        "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky",
        checked ? "border-clay bg-clay-light text-ink" : "border-sand-dark bg-paper text-ink",
        disabled && !checked && "cursor-not-allowed opacity-60",
      )}
    >
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        disabled={disabled && !checked}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
        className="sr-only"
      />
      <span aria-hidden="true" className="text-base">
        {type === "radio" ? (checked ? "●" : "○") : checked ? "✓" : "+"}
      </span>
      {children}
    </label>
  );
}
