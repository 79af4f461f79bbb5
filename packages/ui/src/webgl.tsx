import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './t';

export { hasWebGL } from './has-webgl';

export interface SceneBoundaryProps {
  /** What to show instead when the scene fails (the text mode goes on beside it either way). */
  fallback: ReactNode;
  onError?: (error: unknown) => void;
  children?: ReactNode;
}

/** An error boundary for a 3D scene: a scene that throws is replaced by `fallback`, never a blank page. */
export class SceneBoundary extends Component<SceneBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.onError?.(error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** What a player shows where the 3D scene would be when there is none: the text mode carries on below. */
export function SceneFallback() {
  const t = useT();
  return (
    <p className="ruta-scene-fallback" role="note">
      {t('scene.unavailable')}
    </p>
  );
}
