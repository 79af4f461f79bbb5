import { seeded } from '../kit';
import type { StageDefinition } from '../types';
import { bench, bus, cloudBank, lampPost, roundTree } from './props';

/** An intercity bus terminal at dusk: buses in their bays under a long canopy, benches, the departures board,
 * the ticket office and luggage. */
export const busTerminal: StageDefinition = {
  environment: 'bus-terminal',
  atmosphere: {
    sky: ['#f7a86b', '#3b4f8f'],
    fog: ['#c98d74', 40, 150],
    hemi: ['#ffd9b5', '#5a4a5a', 1.2],
    key: ['#ffc08a', 1.8, [30, 18, 10]],
    lamps: [['#ffd9a0', 14, [0, 4.2, -1], 16]],
  },
  build: (k) => {
    const r = seeded(5);
    k.box(0, -0.2, -20, 260, 0.2, 260, '#6d6a66');
    k.box(0, -0.05, -3, 30, 0.2, 14, '#b9b3a8');
    for (let x = -14; x <= 14; x += 1) k.box(x, 0.151, -3, 0.03, 0.003, 14, '#a39d92');
    k.box(0, 0.0, -10.05, 30, 0.16, 0.3, '#f2c230');
    // bays: painted numbers as blocks, buses nosed in
    for (let i = 0; i < 5; i++) {
      const x = -12 + i * 6;
      k.box(x - 2.9, -0.03, -16, 0.15, 0.01, 11, '#f5f5f5');
      k.box(x, 0.0, -10.6, 0.8, 0.02, 0.5, '#f5f5f5');
    }
    bus(k, -12, -16.5, 0, '#e8e8e8', '#d62828');
    bus(k, -6, -16.5, 0, '#2e6db4', '#f2c230');
    bus(k, 6, -16.5, 0, '#f2f2f2', '#2a9d5a');
    bus(k, 12, -16.5, 0, '#c0392b', '#ffffff');
    // canopy on columns over the platform, lit strips underneath
    for (let x = -14; x <= 14; x += 7) {
      k.box(x, 0, -9.2, 0.35, 4.6, 0.35, '#8d96a0');
      if (Math.abs(x) > 10) k.box(x, 0, 2.6, 0.3, 4.2, 0.3, '#8d96a0');
    }
    k.box(0, 4.6, -7, 31, 0.3, 7, '#d8dde2', { r: [0.04, 0, 0] });
    k.box(0, 4.95, -7, 31.2, 0.12, 7.2, '#c0392b', { r: [0.04, 0, 0] });
    for (let x = -12; x <= 12; x += 4) k.box(x, 4.5, -7, 2.6, 0.05, 0.3, '#fff2d0', { look: 'glow' });
    // departures board on two posts
    k.at(-5.5, 0, -6.5, 0.25, (k) => {
      k.box(-1.3, 0, 0, 0.14, 2.2, 0.14, '#3a3f45');
      k.box(1.3, 0, 0, 0.14, 2.2, 0.14, '#3a3f45');
      k.box(0, 2.2, 0, 3.2, 1.6, 0.25, '#1b1f24');
      for (let j = 0; j < 5; j++) {
        k.box(-0.6, 2.4 + j * 0.26, 0.13, 1.6, 0.12, 0.02, '#ffb020', { look: 'glow' });
        k.box(0.9, 2.4 + j * 0.26, 0.13, 0.9, 0.12, 0.02, j === 1 ? '#ff4a3a' : '#7dff9a', { look: 'glow' });
      }
    });
    // ticket office
    k.at(10.5, 0, -4.5, -0.35, (k) => {
      k.box(0, 0, 0, 5, 3.2, 3, '#e9d9b8');
      k.box(0, 3.2, 0, 5.4, 0.3, 3.4, '#2e6db4');
      for (const x of [-1.4, 0, 1.4]) {
        k.box(x, 1.1, 1.51, 1.0, 1.1, 0.04, '#ffe9b0', { look: 'glow' });
        k.box(x, 1.0, 1.55, 1.1, 0.1, 0.3, '#7a5a3a');
      }
      k.box(0, 2.5, 1.52, 3.6, 0.45, 0.04, '#ffffff', { look: 'glow' });
      k.box(0, 2.6, 1.55, 2.6, 0.2, 0.02, '#2e6db4');
    });
    // benches back to back, bins, luggage
    for (const x of [-9, -3.5, 3.5]) {
      bench(k, x, -3.6, 0, '#2d6fa3', 2.6);
      bench(k, x, -4.6, Math.PI, '#2d6fa3', 2.6);
    }
    for (const x of [-12, 0.5, 7]) {
      k.cyl(x, 0, -4.1, 0.28, 0.85, '#3d6b4a', { seg: 8 });
      k.cyl(x, 0.85, -4.1, 0.3, 0.08, '#2a4a33', { seg: 8 });
    }
    const bags = ['#8a2b2b', '#2b4a8a', '#3a3a3a', '#6b5a2b', '#5a2b6b'];
    for (let i = 0; i < 9; i++) {
      const x = -11 + r() * 20;
      const z = -2.4 - r() * 1.2;
      k.box(x, 0, z, 0.45, 0.65, 0.28, bags[i % bags.length] as string, { r: [0, r() * 2, 0] });
    }
    k.box(-8.6, 0.5, -3.7, 0.6, 0.4, 0.35, '#c96b2b');
    // behind: town silhouettes and trees, street lamps
    for (let x = -60; x <= 60; x += 7) {
      const h = 5 + r() * 12;
      k.box(x, 0, -40 - r() * 8, 6, h, 5, ['#7d6f86', '#8a7a78', '#6b6a80'][Math.floor(r() * 3)] as string);
      for (let y = 1.5; y < h - 1; y += 2.2)
        if (r() < 0.5) k.box(x - 1.5 + r() * 3, y, -37.4, 0.8, 0.9, 0.05, '#ffd98a', { look: 'glow' });
    }
    for (const x of [-17, 17, -22, 22]) roundTree(k, x, -8 + (x > 0 ? 2 : 0), 1.2, '#4d7a48');
    for (const x of [-15, -5, 5, 15]) lampPost(k, x, 5, '#ffd79a', 5);
    k.box(0, -0.04, 8, 60, 0.1, 6, '#3f3f44');
  },
  motion: [
    {
      kind: 'drift',
      axis: 'x',
      amount: 0.4,
      speed: 1,
      pivot: [0, 0, 0],
      build: (k) => cloudBank(k, 4, 5, 26, -60),
    },
    {
      kind: 'bob',
      axis: 'y',
      amount: 0.03,
      speed: 14,
      pivot: [0, 0, 0],
      build: (k) => bus(k, 0, -16.5, 0, '#f2c230', '#1f4e8c'),
    },
  ],
  spots: {
    institution: [
      [1.6, -1.2],
      [2.8, -0.6],
      [3.8, 0.2],
    ],
    public: [
      [-0.8, -1.0],
      [-2.0, -0.2],
      [-1.2, 1.0],
      [-3.2, 0.6],
    ],
    apart: [
      [-6.2, -2.2],
      [5.8, -2.4],
    ],
  },
  view: { position: [0, 5.0, 12], target: [0, 1.4, -3] },
};
