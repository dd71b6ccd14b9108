// PropertiesService: string key-value stores with Apps Script's quotas enforced.
// https://developers.google.com/apps-script/guides/services/quotas ("Properties value size 9 KB / val",
// "Properties total storage 500 KB / property store"). Document properties are one store per document,
// shared by every user; user properties are per user; script properties per script.
// https://developers.google.com/apps-script/reference/properties/properties-service
import { GAS_CLASS } from './calls';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The data of one store; FakeProperties objects are views on it. */
export class PropertyStore {
  readonly data = new Map<string, string>();

  size(): number {
    let total = 0;
    for (const [k, v] of this.data) total += bytes(k) + bytes(v);
    return total;
  }

  /** Applies `changes` only if the store stays within its quotas (all or nothing, as one call). */
  write(changes: ReadonlyMap<string, string>, deleteOthers = false): void {
    for (const value of changes.values()) {
      if (bytes(value) > VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    }
    const next = new Map(deleteOthers ? [] : this.data);
    for (const [k, v] of changes) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT_BYTES)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }
}

type Properties = GoogleAppsScript.Properties.Properties;

export class FakeProperties
  implements
    Pick<
      Properties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  readonly [GAS_CLASS] = 'Properties';
  constructor(private readonly store: PropertyStore) {}

  getProperty(key: string): string | null {
    return this.store.data.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): Properties {
    this.store.write(new Map([[String(key), String(value)]]));
    return this as unknown as Properties;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    const changes = new Map(Object.entries(properties).map(([k, v]) => [k, String(v)] as const));
    this.store.write(changes, deleteAllOthers === true);
    return this as unknown as Properties;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store.data);
  }

  getKeys(): string[] {
    return [...this.store.data.keys()];
  }

  deleteProperty(key: string): Properties {
    this.store.data.delete(String(key));
    return this as unknown as Properties;
  }

  deleteAllProperties(): Properties {
    this.store.data.clear();
    return this as unknown as Properties;
  }
}

export class FakePropertiesService
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
    >
{
  readonly [GAS_CLASS] = 'PropertiesService';
  constructor(
    private readonly stores: { document: PropertyStore; user: PropertyStore; script: PropertyStore },
  ) {}

  getDocumentProperties(): Properties {
    return new FakeProperties(this.stores.document) as unknown as Properties;
  }

  getUserProperties(): Properties {
    return new FakeProperties(this.stores.user) as unknown as Properties;
  }

  getScriptProperties(): Properties {
    return new FakeProperties(this.stores.script) as unknown as Properties;
  }
}
