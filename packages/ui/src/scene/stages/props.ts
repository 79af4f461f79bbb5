import { type Kit, seeded } from '../kit';

/** Props several stages share, each drawn at the kit's current transform, facing +z unless turned. */

export function tree(k: Kit, x: number, z: number, s = 1, leaf = '#4f8a3a') {
  k.at(
    x,
    0,
    z,
    0,
    (k) => {
      k.cyl(0, 0, 0, 0.14, 1.3, '#6b4a2e', { seg: 5 });
      k.cone(0, 1.0, 0, 1.0, 1.9, leaf, { seg: 6 });
      k.cone(0, 2.1, 0, 0.72, 1.5, leaf, { seg: 6 });
    },
    s,
  );
}

export function roundTree(k: Kit, x: number, z: number, s = 1, leaf = '#5b9440') {
  k.at(
    x,
    0,
    z,
    0,
    (k) => {
      k.cyl(0, 0, 0, 0.16, 1.6, '#6b4a2e', { seg: 5 });
      k.ball(0, 2.2, 0, 1.0, leaf, { seg: 6 });
      k.ball(0.5, 1.9, 0.2, 0.6, leaf, { seg: 5 });
    },
    s,
  );
}

export function shrub(k: Kit, x: number, z: number, s = 1, color = '#6f8f3a') {
  k.ball(x, 0.25 * s, z, 0.45 * s, color, { seg: 5, s: [1, 0.7, 1] });
}

export function car(k: Kit, x: number, z: number, ry: number, color: string) {
  k.at(x, 0, z, ry, (k) => {
    k.box(0, 0.3, 0, 1.8, 0.62, 4.1, color);
    k.box(0, 0.92, -0.2, 1.56, 0.55, 2.1, '#2a3440');
    k.box(0, 1.46, -0.2, 1.5, 0.06, 1.9, color);
    for (const [wx, wz] of [
      [-0.85, 1.3],
      [0.85, 1.3],
      [-0.85, -1.3],
      [0.85, -1.3],
    ] as const)
      k.cyl(wx, 0.36, wz, 0.36, 0.26, '#151515', { r: [0, 0, Math.PI / 2], seg: 8 });
    k.box(-0.6, 0.62, 2.04, 0.36, 0.16, 0.04, '#fff6d0', { look: 'glow' });
    k.box(0.6, 0.62, 2.04, 0.36, 0.16, 0.04, '#fff6d0', { look: 'glow' });
    k.box(-0.6, 0.62, -2.06, 0.36, 0.14, 0.04, '#e23a2a', { look: 'glow' });
    k.box(0.6, 0.62, -2.06, 0.36, 0.14, 0.04, '#e23a2a', { look: 'glow' });
  });
}

export function truck(k: Kit, x: number, z: number, ry: number, cab: string, load: string) {
  k.at(x, 0, z, ry, (k) => {
    k.box(0, 0.5, 3.2, 2.3, 2.2, 2.0, cab);
    k.box(0, 1.6, 4.2, 2.1, 0.9, 0.05, '#23303c');
    k.box(0, 0.6, -1.4, 2.4, 2.8, 7.0, load);
    k.box(0, 0.3, 0, 2.0, 0.35, 9.5, '#2a2a2a');
    for (const wz of [3.4, 0.2, -1.2, -3.6])
      for (const wx of [-1.05, 1.05])
        k.cyl(wx, 0.5, wz, 0.5, 0.34, '#141414', { r: [0, 0, Math.PI / 2], seg: 8 });
    k.box(-0.8, 0.7, 4.21, 0.35, 0.2, 0.04, '#fff6d0', { look: 'glow' });
    k.box(0.8, 0.7, 4.21, 0.35, 0.2, 0.04, '#fff6d0', { look: 'glow' });
  });
}

export function bus(k: Kit, x: number, z: number, ry: number, body: string, stripe: string) {
  k.at(x, 0, z, ry, (k) => {
    k.box(0, 0.35, 0, 2.5, 2.9, 11, body);
    k.box(0, 1.45, 0, 2.54, 0.95, 10.2, '#1f2b38');
    k.box(0, 0.75, 0, 2.56, 0.25, 11.02, stripe);
    k.box(0, 1.0, 5.5, 2.2, 1.9, 0.06, '#24313f');
    k.box(0, 2.7, 5.51, 1.6, 0.35, 0.04, '#ffb020', { look: 'glow' });
    k.box(-0.9, 0.7, 5.51, 0.4, 0.2, 0.04, '#fff6d0', { look: 'glow' });
    k.box(0.9, 0.7, 5.51, 0.4, 0.2, 0.04, '#fff6d0', { look: 'glow' });
    for (const wz of [3.6, -3.4])
      for (const wx of [-1.15, 1.15])
        k.cyl(wx, 0.5, wz, 0.5, 0.3, '#141414', { r: [0, 0, Math.PI / 2], seg: 8 });
  });
}

export function bench(k: Kit, x: number, z: number, ry: number, seat = '#2d6fa3', length = 2.4) {
  k.at(x, 0, z, ry, (k) => {
    k.box(0, 0.42, 0, length, 0.08, 0.45, seat);
    k.box(0, 0.5, -0.22, length, 0.45, 0.06, seat, { r: [-0.12, 0, 0] });
    for (const lx of [-length / 2 + 0.15, length / 2 - 0.15]) k.box(lx, 0, 0, 0.08, 0.42, 0.4, '#5a5f66');
  });
}

export function chair(k: Kit, x: number, z: number, ry: number, seat = '#3a4a5c', legs = '#6f757c') {
  k.at(x, 0, z, ry, (k) => {
    k.box(0, 0.44, 0, 0.46, 0.07, 0.46, seat);
    k.box(0, 0.5, -0.21, 0.46, 0.5, 0.05, seat);
    for (const [lx, lz] of [
      [-0.19, -0.19],
      [0.19, -0.19],
      [-0.19, 0.19],
      [0.19, 0.19],
    ] as const)
      k.box(lx, 0, lz, 0.04, 0.44, 0.04, legs);
  });
}

export function desk(k: Kit, x: number, z: number, ry: number, top = '#b98a5a', withScreen = true) {
  k.at(x, 0, z, ry, (k) => {
    k.box(0, 0.72, 0, 1.6, 0.06, 0.8, top);
    k.box(-0.74, 0, 0, 0.06, 0.72, 0.76, '#8a8f96');
    k.box(0.74, 0, 0, 0.06, 0.72, 0.76, '#8a8f96');
    k.box(0.45, 0.05, 0, 0.5, 0.66, 0.7, '#9aa1a8');
    if (withScreen) {
      k.box(0, 0.78, -0.2, 0.08, 0.28, 0.08, '#2b2b2b');
      k.box(0, 0.98, -0.22, 0.62, 0.4, 0.04, '#1e1e1e');
      k.box(0, 1.0, -0.195, 0.56, 0.34, 0.02, '#7fc4ff', { look: 'glow' });
      k.box(0, 0.78, 0.12, 0.46, 0.02, 0.16, '#3a3a3a');
    }
    k.box(-0.5, 0.78, 0.05, 0.25, 0.05, 0.32, '#f2f2ea');
  });
}

export function plant(k: Kit, x: number, z: number, s = 1) {
  k.at(
    x,
    0,
    z,
    0,
    (k) => {
      k.cyl(0, 0, 0, 0.22, 0.42, '#b5643c', { top: 1.2, seg: 7 });
      k.ball(0, 0.75, 0, 0.35, '#3f8a3a', { seg: 6 });
      k.cone(0.1, 0.6, 0.05, 0.2, 0.9, '#4d9a42', { seg: 5 });
    },
    s,
  );
}

export function lampPost(k: Kit, x: number, z: number, light = '#ffe2a0', h = 4.2) {
  k.cyl(x, 0, z, 0.07, h, '#3d434a', { seg: 6 });
  k.box(x, h, z - 0.05, 0.16, 0.08, 0.9, '#3d434a');
  k.box(x, h - 0.1, z + 0.25, 0.3, 0.1, 0.4, light, { look: 'glow' });
}

/** A flag on its pole; `stripes` from top to bottom (horizontal). Returns nothing: the cloth is drawn by
 * `flagCloth` in a moving group when it should wave. */
export function flagPole(k: Kit, x: number, z: number, h = 6) {
  k.cyl(x, 0, z, 0.06, h, '#e6e6e6', { seg: 6 });
  k.ball(x, h + 0.05, z, 0.1, '#d4b24a', { seg: 6 });
}

export function flagCloth(
  k: Kit,
  x: number,
  y: number,
  z: number,
  stripes: readonly string[],
  emblem?: string,
) {
  const h = 0.9 / stripes.length;
  stripes.forEach((c, i) => {
    k.box(x + 0.7, y - (i + 1) * h, z, 1.4, h, 0.03, c);
  });
  if (emblem) k.box(x + 0.7, y - 0.52, z + 0.02, 0.26, 0.22, 0.02, emblem);
}

export function cloudBank(k: Kit, seed: number, count: number, y: number, z: number) {
  const r = seeded(seed);
  for (let i = 0; i < count; i++) {
    const cx = -70 + r() * 140;
    const cz = z - r() * 25;
    const cy = y + r() * 8;
    const s = 2 + r() * 3;
    k.ball(cx, cy, cz, s, '#ffffff', { seg: 6, s: [1.8, 0.6, 1] });
    k.ball(cx + s, cy + 0.4, cz, s * 0.8, '#f4f6fa', { seg: 6, s: [1.6, 0.7, 1] });
    k.ball(cx - s, cy - 0.2, cz + 1, s * 0.7, '#eef1f6', { seg: 6, s: [1.6, 0.6, 1] });
  }
}

export function mountains(k: Kit, seed: number, z: number, colors: readonly string[], height = 22) {
  const r = seeded(seed);
  for (let x = -120; x <= 120; x += 18 + r() * 10) {
    const h = height * (0.6 + r() * 0.7);
    k.cone(x, -1, z - r() * 20, h * 1.5, h, colors[Math.floor(r() * colors.length)] as string, {
      seg: 5,
      r: [0, r() * 3, 0],
    });
  }
}

/** A room open toward the camera (+z): floor, back and side walls, ceiling with light panels. */
export function room(
  k: Kit,
  o: {
    w: number;
    d: number;
    h: number;
    floor: string;
    wall: string;
    side?: string;
    ceiling: string;
    skirting?: string;
  },
) {
  const { w, d, h } = o;
  k.box(0, -0.1, 0, w, 0.1, d, o.floor);
  k.box(0, 0, -d / 2, w, h, 0.2, o.wall);
  k.box(-w / 2, 0, 0, 0.2, h, d, o.side ?? o.wall);
  k.box(w / 2, 0, 0, 0.2, h, d, o.side ?? o.wall);
  k.box(0, h, 0, w, 0.2, d, o.ceiling);
  if (o.skirting) {
    k.box(0, 0, -d / 2 + 0.1, w, 0.14, 0.04, o.skirting);
    k.box(-w / 2 + 0.1, 0, 0, 0.04, 0.14, d, o.skirting);
    k.box(w / 2 - 0.1, 0, 0, 0.04, 0.14, d, o.skirting);
  }
}

/** A window on a wall facing +z at (x, y bottom, z): a frame and a pane of glowing sky. */
export function wallWindow(
  k: Kit,
  x: number,
  y: number,
  z: number,
  w: number,
  h: number,
  frame: string,
  sky: string,
) {
  k.box(x, y - 0.08, z, w + 0.24, 0.1, 0.16, frame);
  k.box(x, y + h, z, w + 0.24, 0.1, 0.12, frame);
  k.box(x - w / 2 - 0.06, y, z, 0.12, h, 0.12, frame);
  k.box(x + w / 2 + 0.06, y, z, 0.12, h, 0.12, frame);
  k.box(x, y, z, 0.06, h, 0.1, frame);
  k.box(x, y, z - 0.03, w, h, 0.02, sky, { look: 'glow' });
}

/** The same window on a side wall (facing +x when `side` is 1, -x when -1). */
export function sideWindow(
  k: Kit,
  x: number,
  y: number,
  z: number,
  w: number,
  h: number,
  frame: string,
  sky: string,
  side: 1 | -1,
) {
  k.at(x, 0, z, (side * Math.PI) / 2, (k) => wallWindow(k, 0, y, 0, w, h, frame, sky));
}

export function ceilingLights(
  k: Kit,
  xs: readonly number[],
  zs: readonly number[],
  y: number,
  color = '#fffbe8',
) {
  for (const x of xs) for (const z of zs) k.box(x, y - 0.06, z, 1.2, 0.06, 0.5, color, { look: 'glow' });
}
