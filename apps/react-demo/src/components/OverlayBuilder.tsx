import { useState, type ReactNode } from 'react';
import { DEFAULT_OVERLAY_PARAMS, OVERLAY_KINDS, OVERLAY_THEMES, overlayUrl, type OverlayKind, type OverlayParams, type OverlayTheme } from '@tiktok-live-rx/demo-kit';

/** Builds an overlay URL for OBS (kind, theme, font scale, limit, goal) with a live preview. */
export function OverlayBuilder({ creator }: { creator: string }): ReactNode {
  const [kind, setKind] = useState<OverlayKind>('alerts');
  // Off by default: the preview is a second page with its own socket for the creator.
  const [preview, setPreview] = useState(false);
  const [settings, setSettings] = useState<Omit<OverlayParams, 'creator'>>(DEFAULT_OVERLAY_PARAMS);
  const params: OverlayParams = { ...settings, creator };
  const url = overlayUrl(kind, params, window.location.origin);
  const number = (key: 'scale' | 'limit' | 'goal' | 'seconds', label: string, step: number) => (
    <label>
      {label}
      <input
        type="number"
        step={step}
        value={settings[key]}
        data-testid={`builder-${key}`}
        onChange={(event) => {
          const value = Number(event.target.value);
          if (Number.isFinite(value) && value > 0) setSettings((current) => ({ ...current, [key]: value }));
        }}
      />
    </label>
  );
  return (
    <section className="card builder">
      <h3>
        Overlays <span className="muted">add the URL to OBS as a browser source</span>
      </h3>
      <div className="builder-form">
        <label>
          Overlay
          <select value={kind} data-testid="builder-kind" onChange={(event) => setKind(event.target.value as OverlayKind)}>
            {OVERLAY_KINDS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select value={settings.theme} data-testid="builder-theme" onChange={(event) => setSettings((current) => ({ ...current, theme: event.target.value as OverlayTheme }))}>
            {OVERLAY_THEMES.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        {number('scale', 'Font scale', 0.1)}
        {number('limit', 'Limit', 1)}
        {number('goal', 'Goal 💎', 100)}
        {number('seconds', 'Seconds', 1)}
      </div>
      <p className="builder-url">
        <code data-testid="builder-url">{url}</code>
        <a href={url} target="_blank" rel="noreferrer">
          open
        </a>
        <button type="button" data-testid="builder-preview-toggle" onClick={() => setPreview((shown) => !shown)}>
          {preview ? 'Hide preview' : 'Live preview'}
        </button>
      </p>
      {preview && <iframe className="builder-preview" src={url} title={`${kind} overlay preview`} data-testid="builder-preview" />}
    </section>
  );
}
