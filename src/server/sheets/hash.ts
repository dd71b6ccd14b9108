// The server's hashes are the engine's one text hash (src/engine/basics/text-hash.ts).
export { textHash } from '../../engine';
