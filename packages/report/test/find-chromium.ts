import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's chromium on PATH (what `command -v chromium` finds), or null; REPRO_CHROMIUM overrides. */
export function findChromium(): string | null {
  const override = process.env.REPRO_CHROMIUM;
  if (override) return override;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {}
    }
  }
  return null;
}
