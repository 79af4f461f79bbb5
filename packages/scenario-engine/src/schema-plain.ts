import type { EndingNode, Node } from './schema';

// The parts of the pack format a play needs at run time, in a module without the schemas (zod), so that
// playing needs no schema library. schema.ts re-exports them.

export const stages = ['identification', 'referral', 'shelter', 'prosecution'] as const;

/** True when the node is an ending. */
export function isEnding(node: Node): node is EndingNode {
  return (node as Partial<EndingNode>).ending !== undefined;
}
