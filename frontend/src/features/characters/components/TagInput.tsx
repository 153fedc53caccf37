import { useId, useState } from "react";

import { Button } from "@/components/ui/Button";
import { FieldMessage } from "@/components/ui/Fields";

/** A short list of words (likes, dislikes): type one, press Enter or "Add"; remove with ×. */
export function TagInput({
  label,
  description,
  values,
  onChange,
  max = 5,
  error,
}: {
  label: string;
  description?: string;
  values: string[];
  onChange: (values: string[]) => void;
  max?: number;
  error?: string | undefined;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const full = values.length >= max;
  const add = () => {
    const word = text.trim();
    if (!word || full || values.some((v) => v.toLowerCase() === word.toLowerCase())) {
      setText("");
      return;
    }
    onChange([...values, word]);
    setText("");
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-lg font-bold">
        {label}
      </label>
      {description && (
        <p id={`${id}-d`} className="text-base text-ink-soft">
          {description}
        </p>
      )}
      {values.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={label}>
          {values.map((value) => (
            <li key={value} className="inline-flex items-center gap-1 rounded-full bg-sand py-1 pr-1 pl-3">
              {value}
              <button
                type="button"
                className="grid size-8 cursor-pointer place-items-center rounded-full hover:bg-sand-dark"
                aria-label={`Remove ${value}`}
                onClick={() => {
                  onChange(values.filter((v) => v !== value));
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <input
          id={id}
          value={text}
          disabled={full}
          placeholder={full ? `That's ${max}: remove one to add another` : "Type a word"}
          aria-invalid={error ? true : undefined}
          aria-describedby={[description ? `${id}-d` : "", error ? `${id}-e` : ""].join(" ").trim() || undefined}
          onChange={(e) => {
            setText(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === ",") {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
          className="min-h-12 w-full min-w-0 rounded-xl border-2 border-ink-soft/80 bg-paper px-4 py-2 text-lg aria-[invalid=true]:border-berry"
        />
        <Button variant="secondary" onPress={add} isDisabled={full} aria-label={`Add to ${label.toLowerCase()}`}>
          Add
        </Button>
      </div>
      <FieldMessage id={`${id}-e`} error={error} />
    </div>
  );
}
