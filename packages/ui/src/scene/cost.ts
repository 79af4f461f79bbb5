import type { BufferGeometry, InstancedMesh, Material, Mesh, Object3D } from 'three';

/**
 * What a scene costs to draw, computed from the scene graph alone (no GPU needed, so it works under
 * @react-three/test-renderer): each visible mesh is one draw call per material (per geometry group when it has
 * several materials) and an instanced mesh is one draw call for all its instances; triangles are the index
 * count (or vertex count) over 3, times the instance count. Lights cast no shadows here, so they add no draw
 * call. This is an upper bound of `renderer.info` for one frame: the renderer also skips what is outside the
 * camera's view. The bench measures `renderer.info` in Chromium as well.
 */
export function sceneCost(root: Object3D): { drawCalls: number; triangles: number; meshes: number } {
  let drawCalls = 0;
  let triangles = 0;
  let meshes = 0;
  const visit = (object: Object3D) => {
    if (!object.visible) return;
    const mesh = object as Mesh;
    if (mesh.isMesh) {
      const geometry = mesh.geometry as BufferGeometry;
      const instances = (mesh as InstancedMesh).isInstancedMesh ? (mesh as InstancedMesh).count : 1;
      const vertices = geometry.index
        ? geometry.index.count
        : (geometry.getAttribute('position')?.count ?? 0);
      const materials = Array.isArray(mesh.material) ? (mesh.material as Material[]) : [mesh.material];
      const calls = Array.isArray(mesh.material) ? Math.max(1, geometry.groups.length) : materials.length;
      meshes++;
      drawCalls += calls;
      triangles += Math.floor(vertices / 3) * instances;
    }
    for (const child of object.children) visit(child);
  };
  visit(root);
  return { drawCalls, triangles, meshes };
}
