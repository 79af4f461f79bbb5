import type { StageDefinition } from '../types';
import { plant, room, sideWindow, wallWindow } from './props';

const blankets = ['#e07a5f', '#81b29a', '#f2cc8f', '#5d8fc9', '#c98bb9', '#e9c46a'];

/** A shelter's common room, warm and safe: bunk beds with bright blankets, lockers, a dining table with
 * chairs, a sofa on a rug, children's drawings on the wall, curtains and a warm lamp. */
export const shelter: StageDefinition = {
  environment: 'shelter',
  atmosphere: {
    sky: ['#f3e2cc', '#f3e2cc'],
    fog: ['#f3e2cc', 30, 80],
    hemi: ['#fff1dc', '#8a6a50', 1.4],
    key: ['#ffe4c0', 1.2, [10, 12, 8]],
    lamps: [['#ffc98a', 10, [-4.5, 2.6, -3], 10]],
    indoor: true,
  },
  build: (k) => {
    room(k, {
      w: 16,
      d: 19,
      h: 3.4,
      floor: '#b98a5e',
      wall: '#f1dcc0',
      side: '#e8cfae',
      ceiling: '#fbf4ea',
      skirting: '#8a5a3a',
    });
    for (let x = -7.5; x <= 7.5; x += 0.5) k.box(x, 0.001, 0, 0.02, 0.002, 19, '#a87a50');
    // bunk beds along the right wall
    for (const z of [-8, -4.6]) {
      k.at(6.6, 0, z, -Math.PI / 2, (k) => {
        for (const x of [-1, 1]) for (const zz of [-0.45, 0.45]) k.box(x, 0, zz, 0.1, 2.2, 0.1, '#6b4a2e');
        for (const [y, i] of [
          [0.35, 0],
          [1.45, 1],
        ] as const) {
          k.box(0, y, 0, 2.1, 0.12, 1.0, '#8a5a3a');
          k.box(0, y + 0.12, 0, 2.0, 0.18, 0.95, '#f4f1ea');
          k.box(
            0.15,
            y + 0.3,
            0,
            1.65,
            0.1,
            0.97,
            blankets[(Math.abs(z) + i * 3) % blankets.length] as string,
          );
          k.box(-0.8, y + 0.3, 0, 0.35, 0.14, 0.6, '#ffffff');
        }
        k.box(1.1, 0.6, 0.48, 0.04, 1.5, 0.04, '#6b4a2e');
      });
    }
    // lockers on the back wall, each with a name tag, and a coat rack
    for (let i = 0; i < 6; i++) {
      k.box(2.2 + i * 0.62, 0, -9.05, 0.6, 1.9, 0.55, ['#7fb3d5', '#a9cce3', '#82c0a4'][i % 3] as string);
      k.box(2.2 + i * 0.62, 1.5, -8.77, 0.25, 0.1, 0.02, '#ffffff');
      k.box(2.42 + i * 0.62, 0.9, -8.77, 0.03, 0.2, 0.02, '#555555');
    }
    // windows with curtains
    wallWindow(k, -2.5, 1.0, -9.36, 2.4, 1.7, '#ffffff', '#cfe8f5');
    for (const x of [-3.95, -1.05]) k.box(x, 0.8, -9.25, 0.5, 2.2, 0.08, '#e07a5f');
    sideWindow(k, -7.86, 1.0, 0.5, 2.4, 1.6, '#ffffff', '#cfe8f5', 1);
    // children's drawings on the back wall
    const papers = ['#fff6a8', '#ffd6e0', '#d6f5ff', '#e0ffd6'];
    for (let i = 0; i < 6; i++) {
      const x = -6.8 + (i % 3) * 0.8;
      const y = 1.4 + Math.floor(i / 3) * 0.8;
      k.box(x, y, -9.38, 0.6, 0.6, 0.02, papers[i % 4] as string);
      k.ball(x - 0.1, y + 0.35, -9.36, 0.1, ['#f2a23a', '#d62828', '#2e6db4'][i % 3] as string, {
        seg: 5,
        s: [1, 1, 0.2],
      });
      k.box(x + 0.05, y + 0.1, -9.36, 0.3, 0.06, 0.01, '#2a9d5a');
    }
    // dining table and chairs
    k.at(-2, 0, -5, 0, (k) => {
      k.box(0, 0.72, 0, 3.0, 0.08, 1.3, '#c08a50');
      for (const [x, z] of [
        [-1.35, -0.55],
        [1.35, -0.55],
        [-1.35, 0.55],
        [1.35, 0.55],
      ] as const)
        k.box(x, 0, z, 0.08, 0.72, 0.08, '#8a5a3a');
      for (const x of [-0.9, 0, 0.9])
        for (const side of [-1, 1]) {
          k.at(x, 0, side * 0.95, side > 0 ? Math.PI : 0, (k) => {
            k.box(0, 0.44, 0, 0.42, 0.06, 0.42, '#d7a86e');
            k.box(0, 0.5, -0.2, 0.42, 0.45, 0.05, '#d7a86e');
            for (const [lx, lz] of [
              [-0.17, -0.17],
              [0.17, -0.17],
              [-0.17, 0.17],
              [0.17, 0.17],
            ] as const)
              k.box(lx, 0, lz, 0.04, 0.44, 0.04, '#8a5a3a');
          });
        }
      k.cyl(0, 0.8, 0, 0.25, 0.05, '#f4f1ea', { seg: 10 });
      for (const x of [-0.4, 0.2, 0.6])
        k.ball(
          x,
          0.88,
          0.05,
          0.08,
          ['#e63946', '#f2a23a', '#9acd4a'][Math.round(x * 5) % 3 === 0 ? 0 : 1] as string,
          { seg: 5 },
        );
      k.cyl(-1.1, 0.8, 0.2, 0.08, 0.16, '#ffffff', { seg: 8 });
      k.cyl(1.0, 0.8, -0.2, 0.08, 0.16, '#ffffff', { seg: 8 });
    });
    // sofa on a rug, a low table with toys and books, a standing lamp
    k.box(-4.5, 0.005, 1.2, 4.2, 0.02, 3.0, '#c0504d');
    k.box(-4.5, 0.01, 1.2, 3.6, 0.02, 2.4, '#e9b872');
    k.at(-6.2, 0, 1.2, Math.PI / 2, (k) => {
      k.box(0, 0, 0, 2.6, 0.45, 0.9, '#5d8fc9');
      k.box(0, 0.45, -0.35, 2.6, 0.55, 0.25, '#5d8fc9');
      for (const x of [-1.2, 1.2]) k.box(x, 0.45, 0, 0.25, 0.3, 0.9, '#4f7db3');
      for (const x of [-0.6, 0.6]) k.box(x, 0.45, -0.05, 1.1, 0.15, 0.7, '#7aa8dd');
      k.box(0.6, 0.62, -0.2, 0.4, 0.35, 0.12, '#f2cc8f');
    });
    k.box(-4.2, 0, 1.2, 1.0, 0.38, 0.7, '#a06a3a');
    k.box(-4.4, 0.38, 1.1, 0.3, 0.25, 0.3, '#e63946');
    k.ball(-3.95, 0.48, 1.35, 0.1, '#f2cc8f', { seg: 6 });
    k.box(-3.9, 0.38, 0.95, 0.35, 0.05, 0.25, '#2e6db4');
    k.cyl(-6.8, 0, -1.2, 0.04, 1.6, '#3a3a3a', { seg: 6 });
    k.cyl(-6.8, 1.6, -1.2, 0.32, 0.38, '#fff0d0', { look: 'glow', top: 0.6, seg: 8 });
    plant(k, -7, -8.5, 1.4);
    plant(k, 0.8, -8.6, 1.0);
    // ceiling lamps (warm)
    for (const [x, z] of [
      [-3, -5],
      [3, -5],
      [-3, 0],
      [3, 0],
    ] as const) {
      k.cyl(x, 3.0, z, 0.02, 0.4, '#444444', { seg: 4 });
      k.cyl(x, 2.8, z, 0.35, 0.25, '#ffe2b0', { look: 'glow', top: 0.5, seg: 8 });
    }
  },
  motion: [
    {
      kind: 'sway',
      axis: 'x',
      amount: 0.05,
      speed: 0.9,
      pivot: [-2.5, 3.0, -9.2],
      build: (k) => k.box(0, -0.35, 0, 3.4, 0.35, 0.06, '#f2cc8f'),
    },
  ],
  spots: {
    institution: [
      [-1.6, -0.4],
      [-2.8, 0.0],
      [-0.6, 0.8],
    ],
    public: [
      [0.8, -0.6],
      [2.0, 0.0],
      [1.2, 1.2],
      [3.2, -1.0],
    ],
    apart: [
      [4.2, 1.8],
      [-4.6, 3.2],
    ],
  },
  view: { position: [0.5, 3.0, 8.5], target: [0, 1.3, -1.5] },
};
