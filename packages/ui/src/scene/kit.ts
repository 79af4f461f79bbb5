import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  ConeGeometry,
  CylinderGeometry,
  Euler,
  Matrix3,
  Matrix4,
  Quaternion,
  SphereGeometry,
  TorusGeometry,
  Vector3,
} from 'three';

/**
 * The stages are built from low-poly primitives merged into ONE geometry per look, with a colour per vertex:
 * a whole border post is a handful of draw calls however many props it has. A `Kit` collects the parts
 * (shape, place, size, colour, look) through a stack of transforms (so a bus or a desk is drawn once and
 * placed many times) and `build()` returns the merged geometries.
 */

export type Vec3 = readonly [number, number, number];

/** How a part is shaded: `matte` is lit (flat-shaded Lambert), `glow` ignores light (windows, lamps, screens,
 * signs), `glass` is lit and see-through. One draw call per look that a kit uses. */
export type Look = 'matte' | 'glow' | 'glass';
export const looks: readonly Look[] = ['matte', 'glow', 'glass'];

interface Template {
  position: Float32Array;
  normal: Float32Array;
}

const templates = new Map<string, Template>();

function template(key: string, make: () => BufferGeometry): Template {
  let found = templates.get(key);
  if (!found) {
    const made = make();
    const flat = made.index ? made.toNonIndexed() : made;
    found = {
      position: (flat.getAttribute('position') as BufferAttribute).array as Float32Array,
      normal: (flat.getAttribute('normal') as BufferAttribute).array as Float32Array,
    };
    made.dispose();
    flat.dispose();
    templates.set(key, found);
  }
  return found;
}

const unitBox = () => template('box', () => new BoxGeometry(1, 1, 1).translate(0, 0.5, 0));
const cylinder = (top: number, segments: number) =>
  template(`cyl:${top}:${segments}`, () =>
    new CylinderGeometry(top, 0.5, 1, segments, 1).translate(0, 0.5, 0),
  );
const cone = (segments: number) =>
  template(`cone:${segments}`, () => new ConeGeometry(0.5, 1, segments, 1).translate(0, 0.5, 0));
const sphere = (w: number, h: number) => template(`ball:${w}:${h}`, () => new SphereGeometry(0.5, w, h));
const dome = (w: number) =>
  template(
    `dome:${w}`,
    () => new SphereGeometry(0.5, w, Math.max(2, w >> 1), 0, Math.PI * 2, 0, Math.PI / 2),
  );
const torus = (t: number, seg: number) =>
  template(`torus:${t}:${seg}`, () => new TorusGeometry(0.5, t, 4, seg));

interface Part {
  template: Template;
  matrix: Matrix4;
  color: Color;
}

export interface PartOptions {
  /** Rotation in radians (x, y, z), about the part's own base. */
  r?: Vec3;
  look?: Look;
  /** Radial segments of round shapes (fewer is cheaper and more low-poly). */
  seg?: number;
}

const scratch = { q: new Quaternion(), e: new Euler(), v: new Vector3(), s: new Vector3() };

export class Kit {
  private readonly parts: Record<Look, Part[]> = { matte: [], glow: [], glass: [] };
  private stack: Matrix4[] = [new Matrix4()];

  private add(t: Template, p: Vec3, s: Vec3, color: string, o: PartOptions = {}) {
    const r = o.r ?? [0, 0, 0];
    scratch.e.set(r[0], r[1], r[2]);
    scratch.q.setFromEuler(scratch.e);
    const local = new Matrix4().compose(
      scratch.v.set(p[0], p[1], p[2]),
      scratch.q,
      scratch.s.set(s[0], s[1], s[2]),
    );
    const top = this.stack[this.stack.length - 1] as Matrix4;
    this.parts[o.look ?? 'matte'].push({
      template: t,
      matrix: top.clone().multiply(local),
      color: new Color(color),
    });
    return this;
  }

  /** A box standing on (x, y, z): w wide (x), h high (y), d deep (z). */
  box(x: number, y: number, z: number, w: number, h: number, d: number, color: string, o?: PartOptions) {
    return this.add(unitBox(), [x, y, z], [w, h, d], color, o);
  }

  /** A cylinder standing on (x, y, z) with radius r and height h; `top` is the ratio of the top radius. */
  cyl(
    x: number,
    y: number,
    z: number,
    r: number,
    h: number,
    color: string,
    o?: PartOptions & { top?: number },
  ) {
    return this.add(cylinder((o?.top ?? 1) * 0.5, o?.seg ?? 8), [x, y, z], [r * 2, h, r * 2], color, o);
  }

  /** A cone standing on (x, y, z). */
  cone(x: number, y: number, z: number, r: number, h: number, color: string, o?: PartOptions) {
    return this.add(cone(o?.seg ?? 7), [x, y, z], [r * 2, h, r * 2], color, o);
  }

  /** A ball centred on (x, y, z), radius r, optionally squashed by `s`. */
  ball(x: number, y: number, z: number, r: number, color: string, o?: PartOptions & { s?: Vec3 }) {
    const s = o?.s ?? [1, 1, 1];
    const seg = o?.seg ?? 8;
    return this.add(
      sphere(seg, Math.max(3, (seg * 3) >> 2)),
      [x, y, z],
      [r * 2 * s[0], r * 2 * s[1], r * 2 * s[2]],
      color,
      o,
    );
  }

  /** A half ball (dome) resting on (x, y, z). */
  dome(x: number, y: number, z: number, r: number, color: string, o?: PartOptions & { s?: Vec3 }) {
    const s = o?.s ?? [1, 1, 1];
    return this.add(dome(o?.seg ?? 8), [x, y, z], [r * 2 * s[0], r * 2 * s[1], r * 2 * s[2]], color, o);
  }

  /** A triangular prism (a gable roof) standing on (x, y, z), ridge along x: w long, h high, d deep. */
  gable(x: number, y: number, z: number, w: number, h: number, d: number, color: string, o?: PartOptions) {
    const t = template('gable', () => {
      const g = new BufferGeometry();
      // biome-ignore format: the prism's vertices, two end triangles and two slopes
      const v = [
        -0.5, 0, 0.5, -0.5, 1, 0, -0.5, 0, -0.5,
        0.5, 0, -0.5, 0.5, 1, 0, 0.5, 0, 0.5,
        0.5, 1, 0, -0.5, 1, 0, -0.5, 0, 0.5,
        0.5, 0, 0.5, 0.5, 1, 0, -0.5, 0, 0.5,
        0.5, 0, -0.5, -0.5, 0, -0.5, -0.5, 1, 0,
        0.5, 1, 0, 0.5, 0, -0.5, -0.5, 1, 0,
      ];
      g.setAttribute('position', new BufferAttribute(new Float32Array(v), 3));
      g.computeVertexNormals();
      return g;
    });
    return this.add(t, [x, y, z], [w, h, d], color, o);
  }

  /** A ring lying flat, centred on (x, y, z), radius r. */
  ring(x: number, y: number, z: number, r: number, thickness: number, color: string, o?: PartOptions) {
    const t = torus(thickness / r / 2, o?.seg ?? 16);
    return this.add(t, [x, y, z], [r * 2, r * 2, r * 2], color, { ...o, r: o?.r ?? [Math.PI / 2, 0, 0] });
  }

  /** Draw what `draw` adds moved to (x, y, z) and turned by `ry` about the vertical (and scaled by `s`). */
  at(x: number, y: number, z: number, ry: number, draw: (k: this) => void, s = 1) {
    const top = this.stack[this.stack.length - 1] as Matrix4;
    scratch.q.setFromAxisAngle(scratch.v.set(0, 1, 0), ry);
    const local = new Matrix4().compose(new Vector3(x, y, z), scratch.q, new Vector3(s, s, s));
    this.stack.push(top.clone().multiply(local));
    try {
      draw(this);
    } finally {
      this.stack.pop();
    }
    return this;
  }

  /**
   * The merged geometry of each look used (position, normal, color), ready for one mesh each. Given the
   * camera's usual place (`eye`), opaque parts are ordered nearest first, so the GPU's depth test discards the
   * hidden ones before shading them (much less overdraw on a software rasterizer), and glass farthest first.
   */
  build(eye?: Vec3): Partial<Record<Look, BufferGeometry>> {
    const out: Partial<Record<Look, BufferGeometry>> = {};
    const normalMatrix = new Matrix3();
    const v = new Vector3();
    for (const look of looks) {
      const parts = [...this.parts[look]];
      if (eye) {
        const distance = (p: Part) => {
          const e = p.matrix.elements;
          return (
            ((e[12] as number) - eye[0]) ** 2 +
            ((e[13] as number) - eye[1]) ** 2 +
            ((e[14] as number) - eye[2]) ** 2
          );
        };
        const order = new Map(parts.map((p) => [p, distance(p)]));
        parts.sort(
          (a, b) => ((order.get(a) as number) - (order.get(b) as number)) * (look === 'glass' ? -1 : 1),
        );
      }
      if (parts.length === 0) continue;
      let count = 0;
      for (const part of parts) count += part.template.position.length / 3;
      const position = new Float32Array(count * 3);
      const normal = new Float32Array(count * 3);
      const color = new Float32Array(count * 3);
      let o = 0;
      for (const part of parts) {
        normalMatrix.getNormalMatrix(part.matrix);
        const { position: p, normal: n } = part.template;
        for (let i = 0; i < p.length; i += 3) {
          v.set(p[i] as number, p[i + 1] as number, p[i + 2] as number).applyMatrix4(part.matrix);
          position[o] = v.x;
          position[o + 1] = v.y;
          position[o + 2] = v.z;
          v.set(n[i] as number, n[i + 1] as number, n[i + 2] as number)
            .applyMatrix3(normalMatrix)
            .normalize();
          normal[o] = v.x;
          normal[o + 1] = v.y;
          normal[o + 2] = v.z;
          color[o] = part.color.r;
          color[o + 1] = part.color.g;
          color[o + 2] = part.color.b;
          o += 3;
        }
      }
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(position, 3));
      g.setAttribute('normal', new BufferAttribute(normal, 3));
      g.setAttribute('color', new BufferAttribute(color, 3));
      g.computeBoundingSphere();
      out[look] = g;
    }
    return out;
  }
}

/** A deterministic pseudo-random sequence (so a stage looks the same every time it is built). */
export function seeded(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
