// Messages between the sidebar iframe's google.script shim and the workbench page, which relays calls
// to the server. The iframe is sandboxed without same-origin access, so postMessage is its only channel.
import type { RunOutcome } from '../app/protocol';

export const CHANNEL = 'distmodel-workbench';

export type FrameMessage =
  | {
      readonly channel: typeof CHANNEL;
      readonly type: 'run';
      readonly id: number;
      readonly functionName: string;
      readonly args: unknown[];
    }
  | { readonly channel: typeof CHANNEL; readonly type: 'close' };

export type PageMessage = {
  readonly channel: typeof CHANNEL;
  readonly type: 'result';
  readonly id: number;
  readonly outcome: RunOutcome;
};

export function isFrameMessage(data: unknown): data is FrameMessage {
  return typeof data === 'object' && data !== null && (data as { channel?: unknown }).channel === CHANNEL;
}
