/**
 * Whether this browser can draw a WebGL scene: a context can be made on a scratch canvas (WebGL 2 or 1), and
 * the scratch context is released at once. False outside a browser (on the server, in jsdom), under
 * `--disable-software-rasterizer` without a GPU, or when WebGL is blocked.
 * Imports nothing (no three, no React), so both `@ruta/ui` and `@ruta/ui/scene` export this one function.
 */
export function hasWebGL(): boolean {
  if (typeof document === 'undefined' || typeof globalThis.WebGLRenderingContext === 'undefined')
    return false;
  try {
    const canvas = document.createElement('canvas');
    const context =
      (canvas.getContext('webgl2') as WebGL2RenderingContext | null) ??
      (canvas.getContext('webgl') as WebGLRenderingContext | null);
    if (!context) return false;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
