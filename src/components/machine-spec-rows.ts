import type { Hardware, MachineSpec } from '../domain/site/schema';

/** One line of a recommended-versus-minimum comparison. */
export interface SpecRow {
  /** What is measured, e.g. 内存. */
  label: string;
  recommended: string;
  minimum: string;
  /** True when the minimum is lower than the recommendation, so the guide can point it out. */
  differs: boolean;
}

type Part = { label: string; format: (hardware: Hardware) => string | undefined };

// The manual writes a dual-core CPU as 双核 with its clock, a server CPU as a core count.
const formatCores = (cores: number) => (cores === 2 ? '双核' : `${cores} 核`);

const parts: Part[] = [
  {
    label: 'CPU',
    format: (h) => (h.cpuGhz ? `${formatCores(h.cpuCores)} ${h.cpuGhz.toFixed(1)} 以上` : `${formatCores(h.cpuCores)}以上`),
  },
  { label: '内存', format: (h) => `${h.memoryGb}GB 以上` },
  { label: '硬盘', format: (h) => `${h.diskGb}GB 以上${h.diskRpm ? `，转速 ${h.diskRpm} 转以上` : ''}` },
  { label: '显卡', format: (h) => (h.graphicsGb ? `${h.graphicsGb}GB 显存以上独立显卡` : undefined) },
  { label: '网卡', format: (h) => h.network },
];

/** Return the measurable parts of a machine, recommended beside minimum, skipping parts the manual does not give. */
export function listSpecRows(spec: MachineSpec): SpecRow[] {
  return parts.flatMap(({ label, format }) => {
    const recommended = format(spec.recommended);
    const minimum = format(spec.minimum);
    if (recommended === undefined || minimum === undefined) return [];
    return [{ label, recommended, minimum, differs: recommended !== minimum }];
  });
}
