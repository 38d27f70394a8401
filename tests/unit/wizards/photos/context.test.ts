import { describe, expect, test } from 'vitest';
import { createPhotosContext } from '../../../../wizards/photos/context';
import { PhotosDraftSchema } from '../../../../wizards/photos/context-schema';
import { sampleStudents } from '../../../fixtures/photos';

describe('createPhotosContext', () => {
  test('returns a context the saved-work schema accepts unchanged', () => {
    const context = createPhotosContext([...sampleStudents]);
    expect(PhotosDraftSchema.parse(context)).toEqual(context);
  });
});
