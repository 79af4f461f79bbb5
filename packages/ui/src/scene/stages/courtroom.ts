import type { StageDefinition } from '../types';
import { flagCloth, flagPole, room, wallWindow } from './props';

/** A courtroom: the judge's raised bench under the emblem and flags, the witness stand beside it, the tables
 * of the prosecution and the defence, the bar and the public benches, wood panelling and tall windows. */
export const courtroom: StageDefinition = {
  environment: 'courtroom',
  atmosphere: {
    sky: ['#e8dcc6', '#e8dcc6'],
    fog: ['#e8dcc6', 30, 80],
    hemi: ['#fff3e0', '#6a4a30', 1.35],
    key: ['#ffe9c8', 1.4, [-8, 12, 8]],
    lamps: [['#ffd9a0', 8, [0, 3.8, -6], 12]],
    indoor: true,
  },
  build: (k) => {
    room(k, {
      w: 18,
      d: 19,
      h: 5,
      floor: '#7a5a3e',
      wall: '#efe3cc',
      side: '#e6d6ba',
      ceiling: '#f5efe4',
      skirting: '#4a2e1a',
    });
    k.box(0, 0.005, -3, 6, 0.01, 10, '#7a1e2a');
    // wood panelling around the room
    k.box(0, 0, -9.38, 18, 2.2, 0.06, '#6b4226');
    for (let x = -8.5; x <= 8.5; x += 1.5) k.box(x, 0.1, -9.33, 1.3, 1.9, 0.03, '#7a4e2e');
    for (const side of [-1, 1]) k.box(side * 8.88, 0, 0, 0.06, 2.2, 19, '#6b4226');
    // the judge's bench on its dais, with emblem, scales and flags behind it
    k.box(0, 0, -8.0, 7.5, 0.6, 2.6, '#5a3620');
    k.box(0, 0.6, -7.2, 6.0, 1.4, 0.5, '#6b4226');
    k.box(0, 2.0, -7.3, 6.3, 0.1, 0.9, '#4a2a16');
    for (let x = -2.5; x <= 2.5; x += 1.25) k.box(x, 0.8, -6.94, 0.9, 1.0, 0.02, '#7a4e2e');
    k.box(0, 0.6, -8.6, 0.8, 1.6, 0.8, '#3a1a10');
    k.box(0, 2.2, -8.95, 0.9, 0.5, 0.2, '#3a1a10');
    k.cyl(0, 3.4, -9.38, 0.9, 0.06, '#d4b24a', { r: [Math.PI / 2, 0, 0], seg: 14 });
    k.cyl(0, 3.4, -9.32, 0.7, 0.04, '#6b1a22', { r: [Math.PI / 2, 0, 0], seg: 14 });
    k.box(0, 3.0, -9.26, 0.06, 0.8, 0.02, '#d4b24a');
    k.box(0, 3.75, -9.26, 0.8, 0.04, 0.02, '#d4b24a');
    for (const x of [-0.35, 0.35])
      k.cone(x, 3.35, -9.26, 0.14, 0.12, '#d4b24a', { seg: 6, r: [Math.PI, 0, 0] });
    k.cyl(-0.6, 2.08, -7.0, 0.09, 0.08, '#3a2a1a', { seg: 8 });
    k.box(-0.6, 2.18, -7.0, 0.35, 0.07, 0.09, '#3a2a1a');
    k.box(1.2, 2.08, -7.1, 0.6, 0.03, 0.45, '#f4f1ea');
    for (const x of [-3.2, 3.2]) flagPole(k, x, -8.9, 4.2);
    // the witness stand (raised, with a rail) and the clerk's desk
    k.at(-5, 0, -5.6, 0.5, (k) => {
      k.box(0, 0, 0, 1.8, 0.4, 1.6, '#5a3620');
      k.box(0, 0.4, 0.75, 1.8, 1.0, 0.1, '#6b4226');
      k.box(-0.85, 0.4, 0, 0.1, 1.0, 1.6, '#6b4226');
      k.box(0.85, 0.4, 0, 0.1, 1.0, 1.6, '#6b4226');
      k.box(0, 1.4, 0.75, 1.9, 0.06, 0.2, '#4a2a16');
      k.cyl(0.4, 1.45, 0.75, 0.03, 0.25, '#222222', { seg: 4 });
    });
    k.box(4.6, 0, -5.8, 2.4, 0.8, 0.9, '#6b4226');
    k.box(4.6, 0.8, -5.8, 2.5, 0.06, 1.0, '#4a2a16');
    k.box(4.2, 0.86, -5.9, 0.5, 0.35, 0.04, '#222222');
    // counsel tables with chairs, files, a water jug
    for (const [x, files] of [
      [-3.2, '#f4f1ea'],
      [3.2, '#e8d8a8'],
    ] as const) {
      k.box(x, 0.72, -2.2, 3.2, 0.08, 1.1, '#6b4226');
      k.box(x, 0, -1.7, 3.2, 0.72, 0.06, '#5a3620');
      for (const lx of [-1.5, 1.5]) k.box(x + lx, 0, -2.2, 0.1, 0.72, 1.0, '#5a3620');
      for (const dx of [-0.8, 0.5]) k.box(x + dx, 0.8, -2.3, 0.5, 0.12, 0.35, files);
      k.cyl(x + 1.2, 0.8, -2.5, 0.08, 0.28, '#cfe8f5', { look: 'glass', seg: 8 });
      for (const dx of [-0.9, 0.9]) {
        k.box(x + dx, 0.45, -3.2, 0.55, 0.1, 0.55, '#2a1a12');
        k.box(x + dx, 0.55, -3.45, 0.55, 0.7, 0.08, '#2a1a12');
        k.box(x + dx, 0, -3.2, 0.08, 0.45, 0.08, '#222222');
      }
    }
    // the bar with its gate, and the public benches behind
    k.box(-4.9, 0, 1.4, 7.8, 0.9, 0.1, '#6b4226');
    k.box(4.9, 0, 1.4, 7.8, 0.9, 0.1, '#6b4226');
    k.box(0, 0.9, 1.4, 18, 0.08, 0.16, '#4a2a16');
    for (let x = -8.5; x <= 8.5; x += 0.5)
      if (Math.abs(x) > 1) k.box(x, 0.05, 1.4, 0.06, 0.8, 0.06, '#4a2a16');
    for (const z of [3, 4.6, 6.2])
      for (const side of [-1, 1]) {
        const cx = side * 4.8;
        k.box(cx, 0.45, z, 6.5, 0.08, 0.5, '#7a4e2e');
        k.box(cx, 0.5, z + 0.28, 6.5, 0.6, 0.06, '#6b4226');
        for (const lx of [-3, 0, 3]) k.box(cx + lx, 0, z, 0.1, 0.45, 0.45, '#4a2a16');
      }
    // tall windows with light, and ceiling lamps
    for (const x of [-6.5, 6.5]) wallWindow(k, x, 2.3, -9.3, 1.4, 2.4, '#6b4226', '#fff4d8');
    for (const [x, z] of [
      [-4, -4],
      [4, -4],
      [-4, 2],
      [4, 2],
    ] as const) {
      k.cyl(x, 4.2, z, 0.02, 0.8, '#3a2a1a', { seg: 4 });
      k.cyl(x, 3.9, z, 0.4, 0.32, '#ffe9b8', { look: 'glow', top: 0.55, seg: 8 });
    }
  },
  motion: [
    {
      kind: 'sway',
      axis: 'y',
      amount: 0.08,
      speed: 0.7,
      pivot: [-3.2, 4.1, -8.9],
      build: (k) => flagCloth(k, 0, 0, 0, ['#1f4e8c', '#ffffff', '#1f4e8c'], '#d4b24a'),
    },
    {
      kind: 'sway',
      axis: 'y',
      amount: 0.08,
      speed: 0.8,
      pivot: [3.2, 4.1, -8.9],
      build: (k) => flagCloth(k, 0, 0, 0, ['#6b1a22', '#f2efe8', '#6b1a22']),
    },
  ],
  spots: {
    institution: [
      [-2.4, -3.3],
      [-4.0, -3.3],
      [4.6, -4.8],
    ],
    public: [
      [2.4, -3.3],
      [-1.0, 0.2],
      [1.0, 0.4],
      [3.0, 0.2],
    ],
    apart: [
      [4.0, -3.3],
      [-6.0, 0.4],
    ],
  },
  roleSpots: {
    official: [[0, -8.0, 0.6]],
    witness: [[-5.0, -5.7, 0.4]],
    suspect: [[4.0, -3.3]],
    colleague: [[-2.4, -3.3]],
    interpreter: [[-4.0, -3.3]],
    victim: [[-0.6, -0.9]],
  },
  view: { position: [0, 4.6, 8.2], target: [0, 1.4, -4] },
};
