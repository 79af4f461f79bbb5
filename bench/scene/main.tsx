import { SceneView } from '@ruta/ui/scene';
import { createRoot } from 'react-dom/client';
import * as THREE from 'three';

(window as unknown as { __three: unknown }).__three = THREE;

const params = new URLSearchParams(location.search);
const environment = (params.get('env') ?? 'border-post') as Parameters<typeof SceneView>[0]['environment'];
const cast = [
  { id: 'ana', name: 'Ana', role: 'victim' },
  { id: 'luis', name: 'Luis', role: 'official' },
  { id: 'marta', name: 'Marta', role: 'interpreter' },
  { id: 'jorge', name: 'Jorge', role: 'suspect' },
  { id: 'rosa', name: 'Rosa', role: 'witness' },
  { id: 'pablo', name: 'Pablo', role: 'colleague' },
  { id: 'tere', name: 'Tere', role: 'other' },
] as const;
const count = Number(params.get('n') ?? 5);
const speakerId = params.get('speaker') ?? 'ana';
createRoot(document.getElementById('root') as HTMLElement).render(
  <SceneView
    environment={environment}
    characters={cast.slice(0, count)}
    speakerId={speakerId}
    reducedMotion={params.has('reduced')}
    onUnavailable={(reason) => {
      (window as unknown as { __unavailable: string }).__unavailable = reason;
      document.body.append(`3D unavailable: ${reason}`);
    }}
    onCreated={(state) => {
      (window as unknown as { __scene: unknown }).__scene = state;
    }}
  />,
);
