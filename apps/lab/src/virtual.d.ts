declare module 'virtual:ruta-packs' {
  /** The packs built in: metadata only (see build/packs-plugin.ts). */
  export const catalogue: unknown[];
  /** Per pack: a loader for its shell and one per scenario (each its own chunk). */
  export const loaders: Record<string, unknown>;
}

declare module 'virtual:ruta-messages' {
  /** Per language: the interface messages compiled to react-intl's AST (see build/compile-messages.ts). */
  export const compiledMessages: Record<
    'es' | 'en' | 'fr',
    () => Promise<{ default: Record<string, unknown> }>
  >;
}
