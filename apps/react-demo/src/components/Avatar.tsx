import { useState, type ReactNode } from 'react';

/** A round avatar image; the name's initial on a colour when there is no URL or it fails to load. */
export function Avatar({ url, name, size = 'small' }: { url: string | undefined; name: string; size?: 'small' | 'large' }): ReactNode {
  // Keyed by URL below, so a new URL gets a fresh "failed" flag.
  return <AvatarImage key={url ?? ''} url={url} name={name} size={size} />;
}

function AvatarImage({ url, name, size }: { url: string | undefined; name: string; size: 'small' | 'large' }): ReactNode {
  const [failed, setFailed] = useState(false);
  if (url === undefined || failed) {
    const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
    return (
      <span className={`avatar avatar-${size} avatar-fallback`} style={{ backgroundColor: colourOf(name) }} aria-hidden="true">
        {initial}
      </span>
    );
  }
  return <img className={`avatar avatar-${size}`} src={url} alt="" loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />;
}

/** A stable colour per name. */
function colourOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return `hsl(${hash % 360} 55% 42%)`;
}
