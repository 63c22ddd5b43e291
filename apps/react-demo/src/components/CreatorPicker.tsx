import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { normalizeUniqueId } from '@tiktok-live-rx/react';

/** Props of {@link CreatorPicker}. */
export interface CreatorPickerProps {
  /** The creator being watched. */
  value: string;
  /** Quick picks (the simulator's built-in creators). */
  suggestions: readonly string[];
  /** Called with a normalised handle. */
  onPick(uniqueId: string): void;
}

/** A handle input (`user`, `@user` or a profile/live URL) plus one button per suggested creator. */
export function CreatorPicker({ value, suggestions, onPick }: CreatorPickerProps): ReactNode {
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // A quick pick changes `value` from outside: show it in the input too.
  useEffect(() => setDraft(value), [value]);

  function submit(event: FormEvent): void {
    event.preventDefault();
    const id = normalizeUniqueId(draft);
    setInvalid(id === undefined);
    if (id !== undefined) onPick(id);
  }

  return (
    <section className="picker">
      <form onSubmit={submit} className="picker-form">
        <label htmlFor="creator-input">Creator</label>
        <input
          id="creator-input"
          data-testid="creator-input"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setInvalid(false);
          }}
          placeholder="@handle or tiktok.com/@handle/live"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={invalid}
        />
        <button type="submit" data-testid="watch-button">
          Watch
        </button>
        {invalid && <span className="error-text">Not a TikTok handle (letters, digits, “_” and “.”).</span>}
      </form>
      {suggestions.length > 0 && (
        <div className="quick-picks">
          {suggestions.map((id) => (
            <button
              key={id}
              type="button"
              className={id === value ? 'chip chip-active' : 'chip'}
              data-testid={`pick-${id}`}
              onClick={() => onPick(id)}
            >
              @{id}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
