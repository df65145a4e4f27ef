import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OrgModelSchema, ResultSchema } from '../src/model.ts';

describe('published JSON Schemas', () => {
  it.each([
    ['docs/org-model.schema.json', OrgModelSchema],
    ['docs/result.schema.json', ResultSchema],
  ] as const)('%s is generated from src/model.ts and current (npm run schema)', (file, schema) => {
    const expected = `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`;
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
