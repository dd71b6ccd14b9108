// Utilities, Session, Logger and ScriptApp: the small services the add-on may touch.
// https://developers.google.com/apps-script/reference/utilities/utilities
// https://developers.google.com/apps-script/reference/base/session
import { createHash, randomUUID } from 'node:crypto';
import { AuthMode } from './auth-mode';
import { GAS_CLASS } from './calls';

export const DigestAlgorithm = Object.freeze({
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_512: 'SHA_512',
});
const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_512: 'sha512',
};

export class FakeUtilities
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      'getUuid' | 'sleep' | 'computeDigest' | 'DigestAlgorithm' | 'Charset'
    >
{
  readonly [GAS_CLASS] = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm as never;
  readonly Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' }) as never;

  getUuid(): string {
    return randomUUID();
  }

  /** The stand-in does not wait: executions are simulated one after another. */
  sleep(_milliseconds: number): void {}

  /** Signed bytes (-128..127), as Apps Script returns them. */
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[]): number[] {
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) throw new Error(`Invalid argument: algorithm`);
    const input =
      typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((b) => b & 0xff));
    return [...createHash(name).update(input).digest()].map((b) => (b > 127 ? b - 256 : b));
  }
}

class FakeUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [GAS_CLASS] = 'User';
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export class FakeSession
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getActiveUserLocale'
      | 'getTemporaryActiveUserKey'
    >
{
  readonly [GAS_CLASS] = 'Session';
  constructor(
    private readonly user: () => string,
    private readonly locale: () => string = () => 'en',
  ) {}
  getActiveUser(): GoogleAppsScript.Base.User {
    return new FakeUser(this.user()) as unknown as GoogleAppsScript.Base.User;
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return new FakeUser(this.user()) as unknown as GoogleAppsScript.Base.User;
  }
  getScriptTimeZone(): string {
    return 'Etc/UTC';
  }
  /** The user's language setting, "en" unless the workbench sets another (Settings > Language). */
  getActiveUserLocale(): string {
    return this.locale();
  }
  getTemporaryActiveUserKey(): string {
    return `key-${this.user()}`;
  }
}

export class FakeLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly [GAS_CLASS] = 'Logger';
  constructor(private readonly lines: string[]) {}
  /** log(data) or log(format, values...) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let text = String(data);
    for (const v of values) text = text.replace(/%s|%d/, String(v));
    this.lines.push(text);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

export class FakeScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode'> {
  readonly [GAS_CLASS] = 'ScriptApp';
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
}
