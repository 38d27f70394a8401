import { describe, expect, test } from 'vitest';
import { listSpecRows } from '../../../src/components/machine-spec-rows';
import { machineSpecs } from '../../../src/domain/site/requirements';

const spec = (key: string) => machineSpecs.find((s) => s.key === key)!;

describe('listSpecRows', () => {
  test('writes the server as the manual does, recommended beside minimum', () => {
    expect(listSpecRows(spec('server'))).toEqual([
      { label: 'CPU', recommended: '16 核以上', minimum: '8 核以上', differs: true },
      { label: '内存', recommended: '32GB 以上', minimum: '16GB 以上', differs: true },
      { label: '硬盘', recommended: '500GB 以上，转速 10000 转以上', minimum: '500GB 以上，转速 10000 转以上', differs: false },
      { label: '网卡', recommended: '千兆网卡', minimum: '千兆网卡', differs: false },
    ]);
  });

  test.each(['proctor', 'candidate'])('writes a dual-core CPU with its clock and differs only in memory for %s', (key) => {
    const rows = listSpecRows(spec(key));
    expect(rows.find((r) => r.label === 'CPU')!.recommended).toBe('双核 3.0 以上');
    expect(rows.find((r) => r.label === '显卡')!.minimum).toBe('2GB 显存以上独立显卡');
    expect(rows.filter((r) => r.differs).map((r) => r.label)).toEqual(['内存']);
  });
});
