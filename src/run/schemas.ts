/**
 * The published JSON Schemas (`dutylens schema`): the org model and result.json
 * from the zod schemas of model.ts, and the catalogue's. Loaded on demand:
 * zod's JSON Schema output is needed by that command alone.
 */
import { z } from 'zod';
import { OrgModelSchema, ResultSchema } from '../model.ts';
import { catalogueJsonSchema } from '../findings/catalogue-json-schema.ts';

/** Each schema file's name and text, in the order they are written. */
export function schemaFiles(): { name: string; text: string }[] {
  return [
    { name: 'org-model.schema.json', text: `${JSON.stringify(z.toJSONSchema(OrgModelSchema, { io: 'input' }), null, 2)}\n` },
    { name: 'result.schema.json', text: `${JSON.stringify(z.toJSONSchema(ResultSchema, { io: 'input' }), null, 2)}\n` },
    { name: 'catalogue.schema.json', text: catalogueJsonSchema() },
  ];
}
