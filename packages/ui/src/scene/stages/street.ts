import { seeded } from '../kit';
import type { StageDefinition } from '../types';
import { car, lampPost } from './props';

const facades = ['#c96b4a', '#e0b46a', '#6b8fb3', '#a3c27a', '#d98aa0', '#8a7ab8', '#e8d8b8'];
const awnings = ['#d62828', '#2a9d5a', '#1f5fa8', '#f2a23a', '#8e44ad'];

/** A shopping street at night: storefronts with lit windows and awnings, a bar's neon sign, street lamps,
 * parked cars, a bus stop and the kerb. */
export const street: StageDefinition = {
  environment: 'street',
  atmosphere: {
    sky: ['#3a3a6a', '#0c1030'],
    fog: ['#242848', 30, 110],
    hemi: ['#8a90c8', '#3a3040', 1.1],
    key: ['#aab8ff', 0.7, [-10, 25, 15]],
    lamps: [
      ['#ffcf8a', 22, [-3.5, 4.2, 2.5], 14],
      ['#ff5ab4', 10, [3.8, 3.4, -2.6], 8],
    ],
  },
  build: (k) => {
    const r = seeded(23);
    k.box(0, -0.2, 0, 200, 0.2, 200, '#2b2b30');
    k.box(0, -0.05, 3.5, 120, 0.06, 9, '#33333a');
    for (let x = -60; x <= 60; x += 5) k.box(x, 0.02, 3.5, 2.5, 0.01, 0.15, '#e8e0b0');
    k.box(0, -0.05, -2.0, 120, 0.2, 4.2, '#8e8a84');
    k.box(0, -0.05, 0.05, 120, 0.22, 0.2, '#b8b2a8');
    for (let x = -60; x <= 60; x += 1.4) k.box(x, 0.151, -2, 0.03, 0.003, 4.2, '#7a766f');
    // the block of shops along the back of the pavement
    let x = -34;
    let i = 0;
    while (x < 34) {
      const w = 5 + Math.floor(r() * 3);
      const h = 6 + r() * 7;
      const cx = x + w / 2;
      const facade = facades[i % facades.length] as string;
      k.box(cx, 0, -7, w - 0.1, h, 6, facade);
      k.box(cx, h, -4.1, w, 0.3, 0.4, '#3a3a3a');
      for (let y = 4; y < h - 1; y += 2.6)
        for (let wx = -w / 2 + 1; wx < w / 2 - 0.5; wx += 1.6)
          k.box(cx + wx + 0.4, y, -3.99, 0.9, 1.3, 0.04, r() < 0.6 ? '#ffd98a' : '#2a3048', { look: 'glow' });
      if (i === 5) {
        // the bar: dark front, neon outline and sign, a red door
        k.box(cx, 0, -3.98, w - 0.6, 3.0, 0.05, '#1a1020');
        k.box(cx, 3.2, -3.9, w - 1, 0.8, 0.1, '#ff3aa0', { look: 'glow' });
        k.box(cx, 3.35, -3.84, w - 2, 0.5, 0.04, '#1a1020');
        k.box(cx - w / 2 + 0.4, 0, -3.9, 0.08, 3.0, 0.08, '#39e6ff', { look: 'glow' });
        k.box(cx + w / 2 - 0.4, 0, -3.9, 0.08, 3.0, 0.08, '#39e6ff', { look: 'glow' });
        k.box(cx + 1, 0, -3.92, 1.0, 2.2, 0.06, '#8a1a2a');
        k.box(cx - 1, 1.2, -3.93, 1.4, 1.0, 0.04, '#ff7ac8', { look: 'glow' });
      } else {
        k.box(cx, 0.4, -3.98, w - 1.2, 2.2, 0.04, ['#fff0c0', '#d8f0ff', '#ffe0d0'][i % 3] as string, {
          look: 'glow',
        });
        k.box(cx, 0, -3.97, w - 1.0, 0.4, 0.06, '#3a3a3a');
        k.box(cx + w / 2 - 1.1, 0, -3.96, 0.9, 2.4, 0.06, '#4a3a2a');
        k.box(cx, 2.8, -3.2, w - 0.6, 0.12, 1.6, awnings[i % awnings.length] as string, { r: [0.3, 0, 0] });
        k.box(cx, 3.3, -3.92, w - 1.6, 0.55, 0.05, '#f4f4f4', { look: 'glow' });
        k.box(cx, 3.45, -3.88, w - 2.6, 0.22, 0.02, awnings[(i + 2) % awnings.length] as string);
        // goods on the shelves in the window
        for (let g = -w / 2 + 1; g < w / 2 - 1.5; g += 0.5)
          k.box(cx + g, 0.9, -4.1, 0.3, 0.3 + r() * 0.6, 0.2, awnings[Math.floor(r() * 5)] as string);
      }
      x += w;
      i++;
    }
    // lamps, a bus stop, bollards, bins, parked cars
    for (const lx of [-22, -13, 9, 18]) lampPost(k, lx, 0.4, '#ffd58a', 4.4);
    k.at(-8, 0, -1.0, 0, (k) => {
      k.box(-1.3, 0, -0.6, 0.08, 2.4, 0.08, '#8d96a0');
      k.box(1.3, 0, -0.6, 0.08, 2.4, 0.08, '#8d96a0');
      k.box(0, 2.4, -0.3, 2.9, 0.08, 1.2, '#8d96a0');
      k.box(0, 0.2, -0.65, 2.6, 2.1, 0.04, '#a8c8e8', { look: 'glass' });
      k.box(0.9, 0.6, -0.6, 0.8, 1.5, 0.06, '#fff2c0', { look: 'glow' });
      k.box(-0.4, 0.45, -0.4, 1.6, 0.08, 0.35, '#5a5f66');
    });
    for (let bx = -3; bx <= 3; bx += 1.5) k.cyl(bx, 0, 0.35, 0.1, 0.8, '#3a3f45', { seg: 6 });
    k.cyl(6.5, 0, -0.4, 0.3, 0.9, '#2a6a3a', { seg: 8 });
    car(k, -14, 2.2, Math.PI / 2, '#c0392b');
    car(k, 10, 2.2, Math.PI / 2, '#f2f2f2');
    car(k, 16, 2.2, Math.PI / 2, '#2e6db4');
    car(k, 24, 5, -Math.PI / 2, '#f2c230');
    // the far side of the street: lower buildings with lit windows
    for (let fx = -40; fx <= 40; fx += 8) {
      const h = 8 + r() * 10;
      k.box(fx, 0, 14, 7.6, h, 4, '#3a3548');
      for (let y = 1.5; y < h - 1; y += 2.4)
        if (r() < 0.5) k.box(fx - 2 + r() * 4, y, 11.98, 1, 1.2, 0.04, '#ffc870', { look: 'glow' });
    }
    // stars
    for (let s = 0; s < 40; s++)
      k.box(-80 + r() * 160, 30 + r() * 30, -70 - r() * 10, 0.25, 0.25, 0.25, '#ffffff', { look: 'glow' });
  },
  motion: [
    {
      kind: 'pulse',
      axis: 'y',
      amount: 0.06,
      speed: 1.3,
      pivot: [3.8, 4.45, -3.75],
      build: (k) => {
        k.box(0, -0.25, 0, 2.0, 0.5, 0.06, '#ff3aa0', { look: 'glow' });
        k.box(0, -0.15, 0.05, 1.4, 0.28, 0.02, '#ffd0ee', { look: 'glow' });
      },
    },
  ],
  spots: {
    institution: [
      [-2.8, -1.0],
      [-4.0, -0.6],
      [-3.2, 1.2],
    ],
    public: [
      [0.2, -1.6],
      [1.4, -1.0],
      [-1.0, -2.4],
      [2.4, -2.2],
    ],
    apart: [
      [4.6, -2.8],
      [6.2, -1.6],
    ],
  },
  view: { position: [-1.5, 5.2, 13], target: [0.5, 2.2, -3] },
};
