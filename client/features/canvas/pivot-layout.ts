// A fast layout for large graphs, on plain arrays: Pivot MDS (Brandes & Pich, "Eigensolver
// methods for progressive multidimensional scaling of large data", 2006) for the overall
// shape, then a few rounds of local forces so nodes do not sit on top of each other.
//
// Why not fcose: its draft for thousands of nodes is this same kind of sampled spectral
// projection, but it walks the graph through Cytoscape collections (intersections and
// neighbourhoods per node), which took ~2.5 s of main-thread time at 5,000 nodes + 10,000
// edges, longer than adding and drawing the graph, and left most nodes on top of others.
// Here the same idea costs ~100 ms at that size, and the result spreads nodes that a
// projection alone puts in one spot (every person who only attended one meeting has the
// same graph distances, so the same coordinates).
//
// Steps: connected components are laid out apart and packed in rows; in each component the
// graph distances (BFS hops) to k pivots picked far apart give a k-dimensional picture that
// its two main axes project to the plane; each axis is partly evened out by rank (see
// normalise); nodes with one neighbour go round it on a sunflower spiral; grid-bucketed
// repulsion and edge springs then push apart what is still too close.
// Deterministic: the same graph gives the same picture.

export interface LayoutGraph {
  nodeCount: number;
  /** Edge ends as node indexes, edge i from source[i] to target[i]. */
  source: ArrayLike<number>;
  target: ArrayLike<number>;
}

export const defaults = {
  /** Pivots per component: more gives a steadier shape and costs one BFS each. */
  pivots: 25,
  /** Room per node, in model px: a component's first picture is scaled to this density. */
  spacing: 80,
  /** Nodes closer than this push each other apart (node size 26–38 px, 30 in the large-graph style, plus a margin). */
  minDistance: 50,
  /** How far each axis is evened out towards equal spacing, 0–1 (see normalise). */
  evenness: 0.7,
  /** Rounds of local forces after the projection. */
  refineIterations: 15,
  /** Gap between packed components, in model px. */
  componentGap: 120,
};
export type PivotLayoutOptions = typeof defaults;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** Compressed adjacency lists (both directions; loops dropped). */
function adjacency({ nodeCount, source, target }: LayoutGraph): Adjacency {
  const degree = new Int32Array(nodeCount + 1);
  for (let i = 0; i < source.length; i++) {
    if (source[i] === target[i]) continue;
    degree[source[i]!]!++;
    degree[target[i]!]!++;
  }
  const offsets = new Int32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, nodeCount);
  const neighbours = new Int32Array(offsets[nodeCount]!);
  for (let i = 0; i < source.length; i++) {
    const s = source[i]!;
    const t = target[i]!;
    if (s === t) continue;
    neighbours[fill[s]!++] = t;
    neighbours[fill[t]!++] = s;
  }
  return { offsets, neighbours };
}

/** Nodes per connected component, largest first. */
function components(nodeCount: number, { offsets, neighbours }: Adjacency): Int32Array[] {
  const seen = new Uint8Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const out: Int32Array[] = [];
  for (let start = 0; start < nodeCount; start++) {
    if (seen[start]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    out.push(queue.slice(0, tail));
  }
  return out.sort((a, b) => b.length - a.length);
}

/** BFS hop counts from `from` into `dist` (indexed by global node; -1 = not reached). */
function bfs(from: number, { offsets, neighbours }: Adjacency, dist: Int32Array, queue: Int32Array): void {
  let head = 0;
  let tail = 0;
  dist[from] = 0;
  queue[tail++] = from;
  while (head < tail) {
    const v = queue[head++]!;
    const d = dist[v]! + 1;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!;
      if (dist[w] === -1) {
        dist[w] = d;
        queue[tail++] = w;
      }
    }
  }
}

/** Top two eigenvectors of the symmetric k×k matrix `m` (row-major), by power iteration. */
function topTwoEigenvectors(m: Float64Array, k: number): [Float64Array, Float64Array] {
  const vectors: Float64Array[] = [];
  for (let which = 0; which < 2; which++) {
    let v = new Float64Array(k);
    // A fixed, uneven start (not orthogonal to any likely eigenvector) keeps runs identical.
    for (let i = 0; i < k; i++) v[i] = 1 + ((i * 7919 + which * 104_729) % 97) / 97;
    for (let iter = 0; iter < 200; iter++) {
      for (const u of vectors) {
        let dot = 0;
        for (let i = 0; i < k; i++) dot += u[i]! * v[i]!;
        for (let i = 0; i < k; i++) v[i]! -= dot * u[i]!;
      }
      const next = new Float64Array(k);
      for (let i = 0; i < k; i++) {
        let sum = 0;
        for (let j = 0; j < k; j++) sum += m[i * k + j]! * v[j]!;
        next[i] = sum;
      }
      let norm = 0;
      for (let i = 0; i < k; i++) norm += next[i]! * next[i]!;
      norm = Math.sqrt(norm);
      if (norm === 0) break;
      let change = 0;
      for (let i = 0; i < k; i++) {
        next[i]! /= norm;
        change += Math.abs(next[i]! - v[i]!);
      }
      v = next;
      if (change < 1e-9) break;
    }
    vectors.push(v);
  }
  return [vectors[0]!, vectors[1]!];
}

/** Pivot MDS of one component (≥ 3 nodes) into xy (global indexes), in hop units. */
function projectComponent(nodes: Int32Array, adj: Adjacency, pivots: number, xy: Float64Array, dist: Int32Array, queue: Int32Array): void {
  const n = nodes.length;
  const k = Math.min(pivots, n);
  // Squared distances to each pivot, column by column; pivots far apart (max-min): the
  // first is the best-connected node, each next the node farthest from those chosen.
  const d2 = new Float64Array(n * k);
  const nearest = new Float64Array(n).fill(Infinity);
  let pivot = nodes[0]!;
  let best = -1;
  for (const v of nodes) {
    const degree = adj.offsets[v + 1]! - adj.offsets[v]!;
    if (degree > best) [best, pivot] = [degree, v];
  }
  for (let p = 0; p < k; p++) {
    for (const v of nodes) dist[v] = -1;
    bfs(pivot, adj, dist, queue);
    let far = pivot;
    let farDist = -1;
    for (let i = 0; i < n; i++) {
      const d = dist[nodes[i]!]!;
      d2[i * k + p] = d * d;
      if (d < nearest[i]!) nearest[i] = d;
      if (nearest[i]! > farDist) [farDist, far] = [nearest[i]!, nodes[i]!];
    }
    pivot = far;
  }
  // Double centring: B = -1/2 (D² - row means - column means + grand mean).
  const rowMean = new Float64Array(n);
  const colMean = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const value = d2[i * k + j]!;
      rowMean[i]! += value / k;
      colMean[j]! += value / n;
      grand += value / (n * k);
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) d2[i * k + j] = -0.5 * (d2[i * k + j]! - rowMean[i]! - colMean[j]! + grand);
  // The plane: the top eigenvectors of BᵀB (k×k), mapped back through B.
  const btb = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < k; a++) {
      const ba = d2[i * k + a]!;
      for (let b = a; b < k; b++) btb[a * k + b]! += ba * d2[i * k + b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) btb[a * k + b] = btb[b * k + a]!;
  const [v1, v2] = topTwoEigenvectors(btb, k);
  for (let i = 0; i < n; i++) {
    let x = 0;
    let y = 0;
    for (let j = 0; j < k; j++) {
      x += d2[i * k + j]! * v1[j]!;
      y += d2[i * k + j]! * v2[j]!;
    }
    const v = nodes[i]!;
    xy[2 * v] = x;
    xy[2 * v + 1] = y;
  }
}

/** Spreads nodes that share a spot: leaves on a sunflower round their neighbour, the rest nudged apart. */
function spreadCoincident(nodes: Int32Array, adj: Adjacency, xy: Float64Array, minDistance: number): void {
  const leavesOf = new Map<number, number[]>();
  for (const v of nodes) {
    if (adj.offsets[v + 1]! - adj.offsets[v]! !== 1) continue;
    const parent = adj.neighbours[adj.offsets[v]!]!;
    // Two nodes only joined to each other: leave them to the forces.
    if (adj.offsets[parent + 1]! - adj.offsets[parent]! === 1) continue;
    (leavesOf.get(parent) ?? leavesOf.set(parent, []).get(parent)!).push(v);
  }
  for (const [parent, leaves] of leavesOf) {
    leaves.forEach((leaf, i) => {
      const r = minDistance * (1 + 0.6 * Math.sqrt(i));
      const a = i * GOLDEN_ANGLE + parent;
      xy[2 * leaf] = xy[2 * parent]! + r * Math.cos(a);
      xy[2 * leaf + 1] = xy[2 * parent + 1]! + r * Math.sin(a);
    });
  }
}

/**
 * Local forces: springs along edges longer than `spacing`, and repulsion between nodes
 * closer than 2 × minDistance, found through a grid of that cell size (linear per round).
 */
function refine(nodes: Int32Array, adj: Adjacency, xy: Float64Array, { minDistance, spacing, refineIterations }: PivotLayoutOptions): void {
  const n = nodes.length;
  if (n < 2) return;
  const reach = 2 * minDistance;
  const reach2 = reach * reach;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = xy[2 * nodes[i]!]!;
    py[i] = xy[2 * nodes[i]! + 1]!;
  }
  // Edges in local indexes, each once.
  const local = new Map<number, number>();
  nodes.forEach((v, i) => local.set(v, i));
  const ea: number[] = [];
  const eb: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = nodes[i]!;
    for (let e = adj.offsets[v]!; e < adj.offsets[v + 1]!; e++) {
      const j = local.get(adj.neighbours[e]!)!;
      if (j > i) {
        ea.push(i);
        eb.push(j);
      }
    }
  }
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) degree[i] = Math.max(1, adj.offsets[nodes[i]! + 1]! - adj.offsets[nodes[i]!]!);
  // An edge's rest length is the room both ends need: a node with many neighbours has them
  // round it like the sunflowers of spreadCoincident, and a shorter spring would squeeze them.
  const room = (i: number) => minDistance * (0.5 + 0.6 * Math.sqrt(degree[i]!));
  const restOf = (a: number, b: number) => Math.max(spacing, room(a) + room(b));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const cellOf = new Int32Array(n);
  const next = new Int32Array(n);
  for (let iter = 0; iter < refineIterations; iter++) {
    // Cooling: big moves first, then small ones.
    const maxStep = minDistance * (1 - iter / refineIterations) + 2;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < n; i++) {
      if (px[i]! < x1) x1 = px[i]!;
      if (px[i]! > x2) x2 = px[i]!;
      if (py[i]! < y1) y1 = py[i]!;
      if (py[i]! > y2) y2 = py[i]!;
    }
    dx.fill(0);
    dy.fill(0);
    // Grid buckets as linked lists through `next`, one head per cell (plus a border of empty cells).
    const cols = Math.floor((x2 - x1) / reach) + 3;
    const rows = Math.floor((y2 - y1) / reach) + 3;
    const heads = new Int32Array(cols * rows).fill(-1);
    for (let i = 0; i < n; i++) {
      const cell = (Math.floor((py[i]! - y1) / reach) + 1) * cols + Math.floor((px[i]! - x1) / reach) + 1;
      cellOf[i] = cell;
      next[i] = heads[cell]!;
      heads[cell] = i;
    }
    for (let i = 0; i < n; i++) {
      const cell = cellOf[i]!;
      const xi = px[i]!;
      const yi = py[i]!;
      for (let oy = -cols; oy <= cols; oy += cols) {
        for (let ox = -1; ox <= 1; ox++) {
          for (let j = heads[cell + oy + ox]!; j !== -1; j = next[j]!) {
            if (j <= i) continue;
            let ddx = xi - px[j]!;
            let ddy = yi - py[j]!;
            const d2 = ddx * ddx + ddy * ddy;
            if (d2 >= reach2) continue;
            let d = Math.sqrt(d2);
            if (d < 1e-3) {
              // Same spot: a fixed direction per pair, so runs stay identical.
              const a = (i * 31 + j * 17) * GOLDEN_ANGLE;
              ddx = Math.cos(a);
              ddy = Math.sin(a);
              d = 1;
            }
            const push = ((reach - d) / (reach * d)) * minDistance * 0.5;
            dx[i]! += ddx * push;
            dy[i]! += ddy * push;
            dx[j]! -= ddx * push;
            dy[j]! -= ddy * push;
          }
        }
      }
    }
    for (let e = 0; e < ea.length; e++) {
      const a = ea[e]!;
      const b = eb[e]!;
      const ddx = px[b]! - px[a]!;
      const ddy = py[b]! - py[a]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy);
      const rest = restOf(a, b);
      if (d <= rest) continue;
      // Pull only what is longer than the rest length; the end with more edges moves less.
      const pull = ((d - rest) * 0.1) / d;
      dx[a]! += (ddx * pull) / degree[a]!;
      dy[a]! += (ddy * pull) / degree[a]!;
      dx[b]! -= (ddx * pull) / degree[b]!;
      dy[b]! -= (ddy * pull) / degree[b]!;
    }
    for (let i = 0; i < n; i++) {
      const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!);
      const scale = len > maxStep ? maxStep / len : 1;
      px[i]! += dx[i]! * scale;
      py[i]! += dy[i]! * scale;
    }
  }
  for (let i = 0; i < n; i++) {
    xy[2 * nodes[i]!] = px[i]!;
    xy[2 * nodes[i]! + 1] = py[i]!;
  }
}

/**
 * Scales a component's projection to `spacing`² of room per node, centred on 0,0, and evens
 * out its density. A projection of graph distances piles up the many nodes whose distances
 * are alike (in the middle, typically) while a few far-flung ones stretch the box; local
 * forces cannot spread a uniformly crowded middle, since pushes from all sides cancel. So
 * each axis is blended with its rank order (which spaces nodes evenly along it but keeps
 * their order), `evenness` of the way.
 */
function normalise(nodes: Int32Array, xy: Float64Array, spacing: number, evenness: number): void {
  const n = nodes.length;
  const side = Math.sqrt(n) * spacing;
  for (let axis = 0; axis < 2; axis++) {
    const order = Array.from(nodes).sort((a, b) => xy[2 * a + axis]! - xy[2 * b + axis]!);
    const lo = xy[2 * order[0]! + axis]!;
    const span = Math.max(xy[2 * order[n - 1]! + axis]! - lo, 1e-9);
    order.forEach((v, rank) => {
      const linear = (xy[2 * v + axis]! - lo) / span;
      xy[2 * v + axis] = (evenness * (rank / (n - 1)) + (1 - evenness) * linear - 0.5) * side;
    });
  }
}

/** Nodes without edges on a square grid `spacing` apart, as one block to pack. */
function gridOf(nodes: Int32Array, xy: Float64Array, spacing: number): void {
  const cols = Math.ceil(Math.sqrt(nodes.length));
  nodes.forEach((v, i) => {
    xy[2 * v] = (i % cols) * spacing;
    xy[2 * v + 1] = Math.floor(i / cols) * spacing;
  });
}

/** Puts components in rows, largest first, in a roughly square block. */
function pack(parts: Int32Array[], xy: Float64Array, gap: number): void {
  const boxes = parts.map((nodes) => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const v of nodes) {
      x1 = Math.min(x1, xy[2 * v]!);
      x2 = Math.max(x2, xy[2 * v]!);
      y1 = Math.min(y1, xy[2 * v + 1]!);
      y2 = Math.max(y2, xy[2 * v + 1]!);
    }
    return { x1, y1, w: x2 - x1 + gap, h: y2 - y1 + gap };
  });
  const rowWidth = Math.max(Math.sqrt(boxes.reduce((sum, b) => sum + b.w * b.h, 0)), boxes[0]?.w ?? 0);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  parts.forEach((nodes, i) => {
    const b = boxes[i]!;
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    for (const v of nodes) {
      xy[2 * v] = xy[2 * v]! - b.x1 + x;
      xy[2 * v + 1] = xy[2 * v + 1]! - b.y1 + y;
    }
    x += b.w;
    rowHeight = Math.max(rowHeight, b.h);
  });
}

/** Positions for every node: x of node i at [2i], y at [2i + 1], in model px. */
export function pivotLayout(graph: LayoutGraph, options: Partial<PivotLayoutOptions> = {}): Float64Array {
  const opts = { ...defaults, ...options };
  const xy = new Float64Array(graph.nodeCount * 2);
  const adj = adjacency(graph);
  const parts = components(graph.nodeCount, adj);
  const dist = new Int32Array(graph.nodeCount).fill(-1);
  const queue = new Int32Array(graph.nodeCount);
  const connected = parts.filter((nodes) => nodes.length > 1);
  for (const nodes of connected) {
    if (nodes.length === 2) xy[2 * nodes[1]!] = opts.spacing;
    if (nodes.length < 3) continue;
    projectComponent(nodes, adj, opts.pivots, xy, dist, queue);
    normalise(nodes, xy, opts.spacing, opts.evenness);
    spreadCoincident(nodes, adj, xy, opts.minDistance);
    refine(nodes, adj, xy, opts);
  }
  // Nodes without edges go together in one grid block (packed last, as the smallest parts).
  const alone = Int32Array.from(parts.filter((nodes) => nodes.length === 1), (nodes) => nodes[0]!);
  if (alone.length > 0) gridOf(alone, xy, opts.minDistance);
  pack(alone.length > 0 ? [...connected, alone] : connected, xy, opts.componentGap);
  return xy;
}
