import { describe, expect, test } from 'vitest';
import { groupByNotices } from '../../../../wizards/photos/notice-groups';

const png = '照片是 PNG 格式';
const small = '照片像素偏小';

describe('groupByNotices', () => {
  test.each([
    { name: 'returns no group for no photos', photos: [], expected: [] },
    {
      name: 'puts photos with the same notice into one group with every photo',
      photos: [{ id: 1, notices: [png] }, { id: 2, notices: [png] }, { id: 3, notices: [png] }],
      expected: [{ notices: [png], ids: [1, 2, 3] }],
    },
    {
      name: 'keeps a photo whose notices differ in a group of its own, in order of first appearance',
      photos: [{ id: 1, notices: [small] }, { id: 2, notices: [png] }, { id: 3, notices: [small] }, { id: 4, notices: [png, small] }],
      expected: [
        { notices: [small], ids: [1, 3] },
        { notices: [png], ids: [2] },
        { notices: [png, small], ids: [4] },
      ],
    },
    {
      name: 'tells apart notices that would run together if joined without a separator',
      photos: [{ id: 1, notices: ['ab', 'c'] }, { id: 2, notices: ['a', 'bc'] }],
      expected: [
        { notices: ['ab', 'c'], ids: [1] },
        { notices: ['a', 'bc'], ids: [2] },
      ],
    },
  ])('$name', ({ photos, expected }) => {
    const groups = groupByNotices(photos, (photo) => photo.notices);
    expect(groups.map((group) => ({ notices: group.notices, ids: group.items.map((photo) => photo.id) }))).toEqual(expected);
  });
});
