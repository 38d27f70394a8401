import { layoutColumns } from '../domain/lifecycles/describe';
import type { LifecycleDescription } from '../domain/lifecycles/schema';

/** A status box of the diagram, in SVG user units. */
export interface DiagramBox {
  key: string;
  label: string;
  x: number;
  y: number;
  isInferred: boolean;
  isFinal: boolean;
}

/** An arrow of the diagram as an SVG path. */
export interface DiagramEdge {
  from: string;
  to: string;
  path: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxWidth: number;
  boxHeight: number;
  boxes: DiagramBox[];
  edges: DiagramEdge[];
}

const boxWidth = 132;
const boxHeight = 44;
const columnGap = 64;
const rowGap = 28;
const margin = 12;
/** Room under the boxes for arrows that go back to an earlier column. */
const backEdgeRoom = 36;

/** Place each status in columns left to right and route the arrows between them. */
export function layoutLifecycle(description: LifecycleDescription): DiagramLayout {
  const columns = layoutColumns(description);
  const rowsUsed = new Map<number, number>();
  const boxes: DiagramBox[] = description.statuses.map((status) => {
    const column = columns.get(status.key)!;
    const row = rowsUsed.get(column) ?? 0;
    rowsUsed.set(column, row + 1);
    return {
      key: status.key,
      label: status.label,
      x: margin + column * (boxWidth + columnGap),
      y: margin + row * (boxHeight + rowGap),
      isInferred: status.isInferred,
      isFinal: status.isFinal,
    };
  });
  const byKey = new Map(boxes.map((box) => [box.key, box]));
  const maxRows = Math.max(...rowsUsed.values());
  const contentBottom = margin + maxRows * boxHeight + (maxRows - 1) * rowGap;

  const edges: DiagramEdge[] = description.statuses.flatMap((status) =>
    status.transitions.map(({ to }) => {
      const from = byKey.get(status.key)!;
      const target = byKey.get(to)!;
      return { from: status.key, to, path: routeEdge(from, target, contentBottom) };
    }),
  );
  const hasBackEdges = edges.some((edge) => byKey.get(edge.to)!.x <= byKey.get(edge.from)!.x);
  const maxColumn = Math.max(...columns.values());
  return {
    width: margin * 2 + (maxColumn + 1) * boxWidth + maxColumn * columnGap,
    height: contentBottom + margin + (hasBackEdges ? backEdgeRoom : 0),
    boxWidth,
    boxHeight,
    boxes,
    edges,
  };
}

function routeEdge(from: DiagramBox, to: DiagramBox, contentBottom: number): string {
  if (to.x > from.x) {
    const startX = from.x + boxWidth;
    const startY = from.y + boxHeight / 2;
    const endX = to.x;
    const endY = to.y + boxHeight / 2;
    const midX = (startX + endX) / 2;
    return `M${startX},${startY} C${midX},${startY} ${midX},${endY} ${endX},${endY}`;
  }
  // Going back (e.g. 审核退回 → 已提交): leave from the bottom, run under the boxes, come up.
  const startX = from.x + boxWidth / 2;
  const endX = to.x + boxWidth / 2 + (to.x === from.x ? 0 : 12);
  const lowY = contentBottom + 24;
  return `M${startX},${from.y + boxHeight} C${startX},${lowY} ${endX},${lowY} ${endX},${to.y + boxHeight}`;
}
