/**
 * The visitor's own storage on this device, for the features that remember
 * things without an account: saved jobs, the last visit, the install hint.
 * Nothing stored here is ever sent anywhere. Each key carries the base path,
 * so two boards under one domain keep their own.
 */
export type DeviceStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or undefined where the browser refuses it (storage turned off, some private windows). */
export function deviceStore(): DeviceStore | undefined {
  try {
    const store = window.localStorage;
    store.setItem('openings:probe', '1');
    store.removeItem('openings:probe');
    return store;
  } catch {
    return undefined;
  }
}

export function storeKey(name: string, base: string = import.meta.env.BASE_URL): string {
  return `openings:${name}@${base}`;
}

/** The stored value as parsed JSON; undefined when missing or not JSON (edited by hand, another version). */
export function readStored(store: DeviceStore, key: string): unknown {
  try {
    const text = store.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** False when the browser refused to store it (its quota is full). */
export function writeStored(store: DeviceStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** A plain JSON object (read from storage or fetched), for checking field by field; undefined for anything else. */
export function jsonObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
