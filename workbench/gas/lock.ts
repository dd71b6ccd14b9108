// LockService: mutual exclusion between executions. Nothing is locked until tryLock/waitLock succeeds;
// a lock held by another execution makes tryLock return false and waitLock throw after the timeout;
// Apps Script releases what an execution still holds when it ends.
// https://developers.google.com/apps-script/reference/lock/lock
// https://developers.google.com/apps-script/reference/lock/lock-service
// The stand-in is single-threaded: nobody can release a lock while another execution waits, so waiting
// never succeeds against a held lock and the timeout is not slept.
// Apps Script batches spreadsheet writes; the Lock page asks for SpreadsheetApp.flush() before
// releaseLock() when the locked section wrote to a spreadsheet, or the next holder may not see the writes.
// A release with writes not yet flushed is recorded on the document (LockTable.unflushedReleases).
import { GAS_CLASS } from './calls';

/** Who holds which lock (scope key -> execution id), shared by every execution on the document. */
export interface UnflushedRelease {
  readonly scope: string;
  readonly execution: number;
  /** Spreadsheet writes the execution made since its last flush. */
  readonly pendingWrites: number;
}

export class LockTable {
  private readonly holders = new Map<string, number>();
  /** Locks released while their execution had spreadsheet writes not yet flushed. */
  readonly unflushedReleases: UnflushedRelease[] = [];

  holder(scope: string): number | undefined {
    return this.holders.get(scope);
  }

  acquire(scope: string, execution: number): boolean {
    const holder = this.holders.get(scope);
    if (holder !== undefined && holder !== execution) return false;
    this.holders.set(scope, execution);
    return true;
  }

  release(scope: string, execution: number): void {
    if (this.holders.get(scope) === execution) this.holders.delete(scope);
  }

  /** Ends an execution: its locks go, as when an Apps Script execution finishes. */
  releaseAll(execution: number): void {
    for (const [scope, holder] of [...this.holders]) if (holder === execution) this.holders.delete(scope);
  }
}

type Lock = GoogleAppsScript.Lock.Lock;

export class FakeLock implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  readonly [GAS_CLASS] = 'Lock';
  constructor(
    private readonly table: LockTable,
    private readonly scope: string,
    private readonly execution: number,
    private readonly pendingWrites: () => number = () => 0,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    validateTimeout(timeoutInMillis);
    return this.table.acquire(this.scope, this.execution);
  }

  waitLock(timeoutInMillis: number): void {
    validateTimeout(timeoutInMillis);
    if (!this.table.acquire(this.scope, this.execution))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    const pendingWrites = this.pendingWrites();
    if (this.hasLock() && pendingWrites > 0)
      this.table.unflushedReleases.push({ scope: this.scope, execution: this.execution, pendingWrites });
    this.table.release(this.scope, this.execution);
  }

  hasLock(): boolean {
    return this.table.holder(this.scope) === this.execution;
  }
}

function validateTimeout(ms: number): void {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
    throw new Error(`Invalid argument: timeoutInMillis`);
}

export class FakeLockService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  readonly [GAS_CLASS] = 'LockService';
  constructor(
    private readonly locks: { document: LockTable; script: LockTable },
    private readonly execution: number,
    private readonly user: string,
    private readonly pendingWrites: () => number = () => 0,
  ) {}

  getDocumentLock(): Lock {
    return this.lock(this.locks.document, 'document');
  }

  getScriptLock(): Lock {
    return this.lock(this.locks.script, 'script');
  }

  /** Scoped to the user: two executions of one user exclude each other, other users do not. */
  getUserLock(): Lock {
    return this.lock(this.locks.script, `user:${this.user}`);
  }

  private lock(table: LockTable, scope: string): Lock {
    return new FakeLock(table, scope, this.execution, this.pendingWrites) as unknown as Lock;
  }
}
