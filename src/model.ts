/**
 * The org model and the analysis result: the one source of truth for every
 * stage of dutylens. Types are inferred from the zod schemas below, and the
 * published JSON Schemas in docs/ are generated from the same schemas
 * (`npm run schema`), so the contract cannot drift from the code.
 *
 * Data flows one way: ingest → parse → text → similarity → findings → report.
 * Every stage reads and writes the plain data described here.
 */
import { z } from 'zod';

/**
 * Version of the org-model file format written by `dutylens extract`.
 * 1: documents, units, duties, copies. 2: adds change events (`events`) and a
 * moved duty's origin (`movedFrom`). Both are read; version 2 is written.
 */
export const ORG_MODEL_VERSION = 2;
/** The org-model versions `OrgModelSchema` reads. */
export const ORG_MODEL_VERSIONS = [1, 2] as const;
/**
 * Version of result.json. 2: organisations as the scope of comparison. 3: the
 * summary counts open and accepted findings apart, by relation, for the run
 * and for each organisation (`organisationSummaries`), and reasons and gap
 * notes are data the reports say in their language. 4: a catalogue function
 * that a duty only comes near is `weak`, with its `near` units, not a gap.
 * Versions 2 and 3 are read by converting them (findings/result-upgrade.ts);
 * other versions are refused.
 */
export const RESULT_SCHEMA_VERSION = 4;

/** Where a document, unit or duty came from: a file (as given on the command line, relative) and a 1-based line. */
export const SourceSchema = z
  .object({
    file: z.string().describe('Path of the input file, relative to the working folder or job file.'),
    line: z.number().int().min(0).describe('1-based line in the (decoded) file; 0 when unknown.'),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** The language the analysis treats a document in. Traditional Chinese is normalised to Simplified. */
export const LanguageSchema = z.enum(['zh', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** The role a unit plays in a duty, read from the duty's verbs. */
export const RoleSchema = z.enum(['lead', 'support', 'approve', 'oversee', 'unspecified']);
export type Role = z.infer<typeof RoleSchema>;

/** What kind of unit a name denotes: 部/处/室/科/中心/岗位…; `organisation` for a whole company or document root. */
export const UnitKindSchema = z.enum(['organisation', 'department', 'office', 'position', 'unit']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** One source document. A scraped compilation becomes several documents. */
export const DocumentSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .describe('Stable id: the file\'s path relative to the input folder, without extension ("财务部/部门职责"), plus "#n" for the n-th document of a compilation.'),
    title: z.string().describe('Title as found in the source (or the file name).'),
    source: SourceSchema,
    language: LanguageSchema.describe('Language used for analysis.'),
    script: z.enum(['simplified', 'traditional', 'latin']).describe('Script the source was written in.'),
    organisation: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Id of the organisation the document belongs to: the units of all documents of one organisation are compared with each other. ' +
          'Absent (org models written before organisations): the document is an organisation of its own.',
      ),
  })
  .strict();
export type OrgDocument = z.infer<typeof DocumentSchema>;

/** The organisation a document belongs to: its own id when none is recorded. */
export function organisationOf(document: Pick<OrgDocument, 'id' | 'organisation'>): string {
  return document.organisation ?? document.id;
}

/** A document read once because it copies an earlier one (same unit names, near-identical duty texts). */
export const CopySchema = z
  .object({
    document: z.string().min(1).describe('Id the copy would have had; it is not in the model.'),
    copyOf: z.string().min(1).describe('The document it copies, which is read.'),
    file: z.string().describe('File the copy was found in.'),
    line: z.number().int().min(0).describe('1-based line where the copy starts.'),
  })
  .strict();
export type DocumentCopy = z.infer<typeof CopySchema>;

/**
 * How one input file was read, for "how your documents were read": what it
 * yielded and, for a text file, the share of its text used and the lines
 * left out with the reason. Counts are the file's as read, copies of a
 * document included (the analysis reads a copy once; see `copies`).
 */
export const InputReadingSchema = z
  .object({
    file: z.string().describe('The input file, as listed.'),
    format: z.enum(['text', 'table', 'model']).describe('How it was read: as text (.txt, .md, .docx), as a table (.xlsx, .csv, .tsv) or as an org model (.yaml, .json).'),
    units: z.number().int().min(0).describe('Units the file yielded.'),
    duties: z.number().int().min(0).describe('Duties the file yielded; 0 means the file gave the analysis nothing.'),
    characters: z.number().int().min(0).nullable().describe('Non-blank characters of the text (each line trimmed); null for tables and org models.'),
    used: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('Share of those characters that became units, duties or attributes (0–1, 4 decimals); null for tables and org models.'),
    leftOut: z
      .array(
        z
          .object({
            line: z.number().int().min(0).describe('1-based line.'),
            text: z.string().describe('The line, trimmed, cut to 200 characters ("…" marks a cut).'),
            why: z.string().describe('Why it became nothing ("site boilerplate", "outside any unit" …).'),
          })
          .strict(),
      )
      .describe('Non-blank lines of a text file that became nothing, in line order: at most the first 200; empty for tables and org models.'),
    moreLeftOut: z.number().int().min(0).describe('Left-out lines beyond those listed (`dutylens extract FILE --explain` prints them all).'),
  })
  .strict();
export type InputReading = z.infer<typeof InputReadingSchema>;

/** A department, office, section or position. Units form a tree inside one document. */
export const UnitSchema = z
  .object({
    id: z.string().min(1).describe('Stable id: survives re-extraction of an unchanged file.'),
    documentId: z.string().min(1).describe('The document this unit belongs to.'),
    name: z.string().min(1).describe('Unit name as displayed (normalised to Simplified for Chinese).'),
    kind: UnitKindSchema,
    parentId: z.string().nullable().describe('Parent unit id, or null for a top unit.'),
    path: z.array(z.string()).describe('Names from the top unit down to this one.'),
    attributes: z
      .record(z.string(), z.string())
      .describe('Non-duty sections kept verbatim: 权力, 任职资格, 工作协作关系, 考核, 本职概述, 所在部门 …'),
    source: SourceSchema,
  })
  .strict();
export type Unit = z.infer<typeof UnitSchema>;

/** Where a duty moved from when `dutylens apply` put it under another unit. */
export const MovedFromSchema = z
  .object({
    unitId: z.string().nullable().describe('The donor unit in the base organisation; null when the function was added (no donor, or no clear match in it).'),
    unitName: z.string().nullable().describe('The donor as the event names it.'),
    event: z.number().int().min(0).describe('Index of the event (in the model\'s `events`) that moved it.'),
    score: z.number().min(0).max(1).nullable().describe('Similarity of the donor duty to the event\'s text; null when added.'),
  })
  .strict();
export type MovedFrom = z.infer<typeof MovedFromSchema>;

/** One numbered (or sentence) duty of a unit. Duties nest: 一、 > (一) > 1. > (1). */
export const DutySchema = z
  .object({
    id: z.string().min(1).describe('Stable id: unit id + content hash; a duty that keeps its text keeps its id.'),
    unitId: z.string().min(1),
    parentId: z.string().nullable().describe('Enclosing duty, for nested lists.'),
    level: z.number().int().min(0).describe('Nesting depth, 0 for top-level duties.'),
    number: z.string().nullable().describe('The numbering label as written ("(一)", "3、"), or null.'),
    text: z.string().min(1).describe('Original text, for display.'),
    normalized: z.string().describe('Simplified, width-folded, OCR-corrected text, for analysis.'),
    role: RoleSchema,
    proposed: z.boolean().describe('The document proposes to add this duty ("建议:增加此项职责…").'),
    note: z.string().nullable().describe('An annotation kept with the duty, such as the proposal note.'),
    links: z.array(z.string()).describe('Units the duty names as collaborators ("配合财务部…").'),
    source: SourceSchema,
    movedFrom: MovedFromSchema.optional().describe('Present when `dutylens apply` moved this duty here from another unit, or added it for a moved function.'),
  })
  .strict();
export type Duty = z.infer<typeof DutySchema>;

/** Kinds of change event a reorganisation notice (职责调整, 机构改革, 组织架构优化) holds. */
export const ChangeEventKindSchema = z.enum(['create', 'abolish', 'rename', 'merge', 'move', 'assign']);
export type ChangeEventKind = z.infer<typeof ChangeEventKindSchema>;

/**
 * One change to an organisation, read from a notice's sentence. Unit names
 * are normalised like unit names (Simplified, width-folded), without the
 * sentence's particles (将, 原, 的, quotes). By kind:
 * create: to = the new unit; abolish: from = the unit that goes;
 * rename: from = old name, to = new name; merge: from = the units merged
 * (a list), to = the unit they form; move: text (the function) goes from the
 * donor (null when the sentence names none) to the receiver; assign (承担):
 * the receiver takes on the text, from a donor where one is named.
 */
export const ChangeEventSchema = z
  .object({
    kind: ChangeEventKindSchema,
    from: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .nullable()
      .describe('The unit that is abolished, renamed or gives the function; for merge, the list of units merged; null when none is named.'),
    to: z.string().min(1).nullable().describe('The unit that is created, the new name, or the unit that receives; null for abolish.'),
    text: z.string().nullable().describe('For move and assign: the function (duty text) that moves; null otherwise.'),
    sentence: z.string().describe('The sentence the event was read from, as written.'),
    source: SourceSchema,
    documentId: z.string().min(1).describe('The document the notice sentence belongs to.'),
  })
  .strict();
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

/** Name and version of the tool that wrote a file. */
export const ToolSchema = z.object({ name: z.literal('dutylens'), version: z.string() }).strict();

/** The org model, as written by `dutylens extract` and read back after a consultant edits it. */
export const OrgModelSchema = z
  .object({
    orgModelVersion: z.union([z.literal(ORG_MODEL_VERSIONS[0]), z.literal(ORG_MODEL_VERSIONS[1])], { error: `expected ${ORG_MODEL_VERSIONS.join(' or ')}` }).describe('1 or 2 (2 may carry events and movedFrom).'),
    tool: ToolSchema,
    documents: z.array(DocumentSchema),
    units: z.array(UnitSchema),
    duties: z.array(DutySchema),
    copies: z
      .array(CopySchema)
      .optional()
      .describe('Documents of the inputs that copy another document: read once, and named here.'),
    events: z
      .array(ChangeEventSchema)
      .optional()
      .describe('Change events read from reorganisation notices (version 2; absent in older models), in document order.'),
  })
  .strict();
export type OrgModel = z.infer<typeof OrgModelSchema>;

// ---------------------------------------------------------------------------
// Analysis result (result.json)
// ---------------------------------------------------------------------------

/**
 * How two similar duties of different units relate.
 * Only `duplicate` and `overlap` are conflicts; the others explain look-alikes.
 */
export const RelationSchema = z.enum([
  'duplicate',
  'overlap',
  'parallel',
  'collaboration',
  'internal',
  'generic',
  'contains',
]);
export type Relation = z.infer<typeof RelationSchema>;

/** What a duty is about: the organisation's business, the unit managing itself, or boilerplate. */
export const CategorySchema = z.enum(['business', 'internal', 'generic']);
export type Category = z.infer<typeof CategorySchema>;

/** A duty as it appears in the result: the org-model duty plus its category. */
export const ResultDutySchema = DutySchema.extend({ category: CategorySchema }).strict();
export type ResultDuty = z.infer<typeof ResultDutySchema>;

/** An organisation: the scope in which units are compared (pairs, matrix, coverage and gaps). */
export const OrganisationSchema = z
  .object({
    id: z.string().min(1).describe('The id documents name in `organisation`, and findings in theirs.'),
    name: z.string().describe('Name as displayed: the name given in the job or flag, or the title of a one-document organisation.'),
    documentIds: z.array(z.string()).min(1).describe('Its documents, in result order.'),
  })
  .strict();
export type Organisation = z.infer<typeof OrganisationSchema>;

/** A unit as it appears in the result. */
export const ResultUnitSchema = UnitSchema;
export type ResultUnit = Unit;

/** A finding the organisation has accepted, from the job's accepted-findings register. */
export const AcceptanceSchema = z
  .object({
    owner: z.string().describe('Who accepted it.'),
    reason: z.string().describe('Why it is acceptable.'),
    expires: z.string().describe('ISO date (YYYY-MM-DD) after which the finding is open again.'),
    expired: z.boolean().describe('True when the expiry date has passed: the finding counts as open.'),
  })
  .strict();
export type Acceptance = z.infer<typeof AcceptanceSchema>;

/**
 * Why a pair has its relation, as data: the rule that decided it, its
 * parameters and the terms it quotes. Reports render the sentence in the
 * report's language (report/reason-text.ts), as Lighthouse renders its
 * message ids. `text` holds the sentence of a result written before reasons
 * were data (schemaVersion 2), shown as it is.
 */
export const PairReasonSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('contains'), params: z.object({}).strict(), terms: z.array(z.string()) }).strict().describe('One unit contains the other: the parent’s summary duty covers its sub-unit’s.'),
  z.object({ rule: z.literal('generic'), params: z.object({}).strict(), terms: z.array(z.string()) }).strict().describe('Catch-all boilerplate.'),
  z.object({ rule: z.literal('internal'), params: z.object({}).strict(), terms: z.array(z.string()) }).strict().describe('Each unit manages itself.'),
  z.object({ rule: z.literal('superior'), params: z.object({ a: z.string(), b: z.string() }).strict(), terms: z.array(z.string()) }).strict().describe('A boss and a subordinate post of one unit (unit names a, b).'),
  z.object({ rule: z.literal('scope-split'), params: z.object({ group: z.string(), a: z.array(z.string()), b: z.array(z.string()) }).strict(), terms: z.array(z.string()) }).strict().describe('Same function, different scope: the scope terms of each side and their group.'),
  z.object({ rule: z.literal('names-partner'), params: z.object({}).strict(), terms: z.array(z.string()) }).strict().describe('One duty names the other unit as partner, charge or coordinator.'),
  z.object({ rule: z.literal('both-support'), params: z.object({}).strict(), terms: z.array(z.string()) }).strict().describe('Both duties only support, each its own unit’s lead.'),
  z.object({ rule: z.literal('role-hand-off'), params: z.object({ lead: z.string(), other: z.string(), otherRole: RoleSchema }).strict(), terms: z.array(z.string()) }).strict().describe('One unit leads, the other supports, approves or oversees (unit names).'),
  z.object({ rule: z.literal('steer-execute'), params: z.object({ steer: z.string(), steerWords: z.array(z.string()), execute: z.string(), executeWords: z.array(z.string()) }).strict(), terms: z.array(z.string()) }).strict().describe('One unit steers, the other runs it day to day (unit names and their words).'),
  z.object({ rule: z.literal('same-wording'), params: z.object({ score: z.number(), bothLead: z.boolean() }).strict(), terms: z.array(z.string()) }).strict().describe('Duplicate: worded almost identically, no difference of scope.'),
  z.object({ rule: z.literal('same-work'), params: z.object({ score: z.number(), bothLead: z.boolean() }).strict(), terms: z.array(z.string()) }).strict().describe('Overlap: the same work (terms: shared, most informative first), no difference of scope.'),
  z.object({ rule: z.literal('semantic'), params: z.object({ cosine: z.number(), score: z.number(), bothLead: z.boolean() }).strict(), terms: z.array(z.string()) }).strict().describe('Overlap only the semantic tier saw: other words, the same meaning; to be reviewed.'),
  z.object({ rule: z.literal('text'), params: z.object({ text: z.string() }).strict(), terms: z.array(z.string()) }).strict().describe('A sentence from a result written before reasons were data.'),
]);
export type PairReason = z.infer<typeof PairReasonSchema>;
/** The rules a pair's reason names. */
export type PairRule = PairReason['rule'];

/** Why a gap finding was made, as data (rendered like pair reasons). Texts and names are the documents' and the catalogue's own. */
export const GapNoteSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('gap'), fn: z.string(), threshold: z.string(), closest: z.object({ text: z.string(), score: z.string() }).strict().nullable() }).strict(),
  z.object({ rule: z.literal('no-lead'), fn: z.string(), units: z.array(z.object({ name: z.string(), role: RoleSchema }).strict()) }).strict(),
  z.object({ rule: z.literal('multi-lead'), fn: z.string(), units: z.array(z.string()) }).strict(),
  z.object({ rule: z.literal('document-named'), text: z.string(), note: z.string().nullable() }).strict(),
  z.object({ rule: z.literal('orphan'), text: z.string(), threshold: z.string(), closest: z.object({ fn: z.string(), score: z.string() }).strict().nullable() }).strict(),
  z.object({ rule: z.literal('text'), text: z.string() }).strict().describe('A sentence from a result written before notes were data.'),
]);
export type GapNote = z.infer<typeof GapNoteSchema>;

/** Why duties form a generic group, as data. */
export const GenericReasonSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('boilerplate'), units: z.number().int().describe('Units carrying it.') }).strict(),
  z.object({ rule: z.literal('text'), text: z.string() }).strict().describe('A sentence from a result written before reasons were data.'),
]);
export type GenericReason = z.infer<typeof GenericReasonSchema>;

/** How well the work fits one unit's mandate, as the owner suggestion weighs it. */
export const OwnerFitSchema = z
  .object({
    unitId: z.string(),
    name: z.number().describe("Cosine of the work with the unit's name, in [0, 1], 4 decimals."),
    mandate: z.number().describe("Cosine of the work with the unit's other duties (its profile without this duty), in [0, 1], 4 decimals."),
    role: RoleSchema.describe("The unit's role in the work, from the verbs of its duty (for a catalogue function: of its best-matching duty)."),
    score: z.number().describe('The weighed fit the suggestion compares: name, mandate and role together.'),
  })
  .strict();
export type OwnerFit = z.infer<typeof OwnerFitSchema>;

/** A proposal: who should lead a conflict's work (or a multi-lead catalogue function) and who should support, with why. */
export const OwnerSuggestionSchema = z
  .object({
    lead: z.string().nullable().describe('Unit id proposed to lead the work; null when the fits are too close to call.'),
    support: z.string().nullable().describe('Unit id proposed to support (the runner-up, when its mandate touches the work); null otherwise.'),
    basis: z.enum(['name', 'mandate', 'role', 'tie']).describe("What decided: the unit's name, its other duties, the role words, or nothing (a tie)."),
    fits: z.array(OwnerFitSchema).describe('Each candidate unit’s fit, best first.'),
    override: z
      .object({
        lead: z.string().describe('Unit id the owners register names to lead.'),
        support: z.string().nullable().describe('Unit id it names to support, or null.'),
        by: z.string().describe('Who decided.'),
        reason: z.string().describe('Why.'),
      })
      .strict()
      .optional()
      .describe("Present when the job's owners register decides this finding's owner: it replaces the proposal in reports."),
  })
  .strict();
export type OwnerSuggestion = z.infer<typeof OwnerSuggestionSchema>;

/** A pair of similar duties of two different units of one organisation, with the relation and why. */
export const PairSchema = z
  .object({
    a: z.string().describe('Duty id (the lexicographically smaller of the two).'),
    b: z.string().describe('Duty id.'),
    organisation: z.string().describe('The organisation both units belong to (their documents may differ).'),
    score: z.number().min(0).max(1).describe('Similarity in [0, 1], rounded to 4 decimals.'),
    relation: RelationSchema,
    conflict: z.boolean().describe('True for duplicate and overlap: work both units own.'),
    bothLead: z.boolean().describe('Both units lead the work: breaks 一件事情原则上由一个部门负责.'),
    roles: z.tuple([RoleSchema, RoleSchema]).describe('Roles of a and b.'),
    sharedTerms: z.array(z.string()).describe('Terms both duties use, most informative first.'),
    differingTerms: z
      .tuple([z.array(z.string()), z.array(z.string())])
      .describe('Informative terms only a has, and only b has.'),
    reason: PairReasonSchema.describe('Why this relation was chosen, as data; reports say it in their language.'),
    semantic: z
      .number()
      .optional()
      .describe('Cosine of the two duties in the semantic tier, rounded to 4 decimals; present only for pairs the semantic tier found and the words did not.'),
    acceptance: AcceptanceSchema.optional().describe('Present when the accepted-findings register covers this pair.'),
    owner: OwnerSuggestionSchema.optional().describe('Conflicts only: the suggested owner (lead) and supporter, as a proposal.'),
  })
  .strict();
export type Pair = z.infer<typeof PairSchema>;

/** Boilerplate duties recurring across units, grouped once instead of expanded into pairs. */
export const GenericGroupSchema = z
  .object({
    id: z.string(),
    organisation: z.string(),
    label: z.string().describe('A representative text of the group.'),
    dutyIds: z.array(z.string()),
    reason: GenericReasonSchema,
  })
  .strict();
export type GenericGroup = z.infer<typeof GenericGroupSchema>;

/** The unit × unit matrix of one organisation. Row i, column j describes unit i against unit j. */
export const MatrixSchema = z
  .object({
    organisation: z.string(),
    unitIds: z
      .array(z.string())
      .describe('Units in result order; above 1,000 units, the top-level units (each counting its sub-units) or the 1,000 units in most conflicts.'),
    order: z.array(z.number().int()).describe('A seriation of unitIds (indices) that puts entangled units together.'),
    coverage: z
      .array(z.array(z.number()))
      .describe('Share of row unit duties with a duplicate or overlap in the column unit (asymmetric).'),
    score: z
      .array(z.array(z.number()))
      .describe('Symmetric similarity of the two units’ work as a whole (duty profiles and pooled text), in [0, 1].'),
    counts: z
      .array(z.array(z.record(z.string(), z.number())))
      .describe('Pair counts by relation for each cell (symmetric).'),
  })
  .strict();
export type UnitMatrix = z.infer<typeof MatrixSchema>;

/**
 * How a catalogue function is owned inside one organisation. weak: no duty
 * reaches the threshold, but one comes near it (at least half of it, sharing
 * one of the function's own terms, or the semantic tier's near bar): the work may be there in other words, so
 * it is to be checked, not reported as a gap.
 */
export const CoverageOutcomeSchema = z.enum(['ok', 'gap', 'no-lead', 'multi-lead', 'weak']);
export type CoverageOutcome = z.infer<typeof CoverageOutcomeSchema>;

/** A unit matching a catalogue function: its strongest role, its matching duties and its best duty's score. */
export const CoverageUnitSchema = z
  .object({
    unitId: z.string(),
    role: RoleSchema,
    dutyIds: z.array(z.string()),
    score: z.number(),
    terms: z.array(z.string()).optional().describe("The function's own terms the unit's best duty shares: the match's evidence."),
    semantic: z.number().optional().describe("With the semantic tier on: the best cosine of the unit's duties with the function's phrasings, rounded to 4 decimals."),
  })
  .strict();
export type CoverageUnit = z.infer<typeof CoverageUnitSchema>;

/** One catalogue function checked against the units of one organisation. */
export const CoverageSchema = z
  .object({
    organisation: z.string(),
    functionId: z.string(),
    functionName: z.string(),
    outcome: CoverageOutcomeSchema,
    units: z.array(CoverageUnitSchema).describe('The units whose duties reach the threshold.'),
    near: z.array(CoverageUnitSchema).optional().describe('weak only: the units whose duties come near the function without reaching the threshold, closest first.'),
  })
  .strict();
export type Coverage = z.infer<typeof CoverageSchema>;

/** An organisation the catalogue was not checked against, and why: no gap is reported for it. */
export const CoverageSkipSchema = z
  .object({
    organisation: z.string(),
    reason: z
      .enum(['other-unit', 'too-small', 'not-whole', 'partial'])
      .describe('other-unit: it describes another kind of unit than the catalogue; too-small: too few business duties to describe the unit whole; not-whole: fewer than two departments for an organisation catalogue; partial: it owns too small a share of the functions to be a whole unit\'s description, so what it lacks is not a gap.'),
    count: z.number().int().describe('too-small: its business duties; not-whole: its departments; partial: the functions it owns; other-unit: 0.'),
    limit: z.number().int().describe('too-small: the duties needed; not-whole: 2; partial: the functions checked; other-unit: 0.'),
    names: z.array(z.string()).optional().describe("other-unit: the catalogue unit's names that were looked for."),
    note: z.string().describe('The reason with its figures, in English.'),
  })
  .strict();
export type CoverageSkip = z.infer<typeof CoverageSkipSchema>;

/** Kinds of gap finding. */
export const GapKindSchema = z.enum(['gap', 'no-lead', 'multi-lead', 'document-named', 'orphan']);
export type GapKind = z.infer<typeof GapKindSchema>;

/** A gap: missing or unclear ownership, a gap the document names, or a duty matching no function. */
export const GapSchema = z
  .object({
    kind: GapKindSchema,
    organisation: z.string(),
    functionId: z.string().nullable(),
    functionName: z.string().nullable(),
    unitIds: z.array(z.string()),
    dutyIds: z.array(z.string()),
    note: GapNoteSchema.describe('Why, as data: the evidence, or the document’s own note quoted; reports say it in their language.'),
    acceptance: AcceptanceSchema.optional().describe('Present when the accepted-findings register covers this gap.'),
    owner: OwnerSuggestionSchema.optional().describe('Multi-lead functions only: which of the leading units should lead, as a proposal.'),
  })
  .strict();
export type Gap = z.infer<typeof GapSchema>;

/** A count per relation, every relation present (0 when none), in schema order. */
export const RelationCountsSchema = z.record(RelationSchema, z.number().int());
export type RelationCounts = z.infer<typeof RelationCountsSchema>;

/**
 * Counts for one organisation or the whole run, computed once (findings/summary.ts)
 * after the accepted-findings register is applied; every reporter reads these
 * and none counts findings itself. A finding is open unless it carries an
 * acceptance that has not expired; an expired acceptance counts as open.
 */
export const SummarySchema = z
  .object({
    organisations: z.number().int(),
    documents: z.number().int().describe('Documents read (copies not counted).'),
    copies: z.number().int().describe('Documents read once because they copy another.'),
    units: z.number().int(),
    duties: z.number().int(),
    pairs: z.number().int(),
    byRelation: RelationCountsSchema.describe('All pairs by relation, open and accepted.'),
    openByRelation: RelationCountsSchema.describe('Open pairs by relation.'),
    acceptedByRelation: RelationCountsSchema.describe('Pairs with an unexpired acceptance, by relation.'),
    bothLeadByRelation: RelationCountsSchema.describe('Open pairs whose two units both lead, by relation.'),
    conflicts: z.number().int().describe('Open conflicts (duplicate and overlap pairs).'),
    acceptedConflicts: z.number().int().describe('Conflicts with an unexpired acceptance, counted apart from the open ones.'),
    bothLeadConflicts: z.number().int().describe('Open conflicts whose two units both lead.'),
    genericGroups: z.number().int(),
    gaps: z.number().int().describe('Open gap findings; orphan duties are not counted (an orphan is a note on a duty, not a missing owner).'),
    acceptedGaps: z.number().int().describe('Gap findings (orphans not counted) with an unexpired acceptance.'),
    openGapsByKind: z.record(GapKindSchema, z.number().int()).describe('Open gap findings by kind, orphans included under their own kind.'),
  })
  .strict();
export type Summary = z.infer<typeof SummarySchema>;

/** The summary of one organisation. */
export const OrganisationSummarySchema = SummarySchema.extend({ organisation: z.string().describe('The organisation id.') }).strict();
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;

/** The options an analysis ran with, recorded in the result. */
export const AnalysisOptionsSchema = z
  .object({
    candidateThreshold: z.number().describe('Pairs scoring below this are not considered.'),
    overlapThreshold: z.number().describe('Business pairs at or above this are overlaps (or duplicates).'),
    duplicateThreshold: z.number().describe('Pairs at or above this with near-identical wording are duplicates.'),
    genericMinUnits: z.number().int().describe('A duty text carried by this many units is boilerplate.'),
    language: z.enum(['auto', 'zh', 'en']),
    catalogue: z.string().nullable(),
    coverageThreshold: z.number(),
    coverageMinDuties: z
      .number()
      .int()
      .optional()
      .describe('Organisations with fewer business duties than this are too small to check against a catalogue (fragments of a compilation).'),
    level: z.number().int().describe('Unit depth used for coverage: 0 = top units.'),
    semantic: z
      .boolean()
      .optional()
      .describe('Run the semantic tier (a local Chinese sentence-embedding model) for candidates the words miss; absent = off.'),
    semanticGaps: z
      .boolean()
      .optional()
      .describe('Match Chinese duties to catalogue functions with the semantic tier too, while pairs stay words-only (semantic does both). Settled to true when a catalogue is used, unless set false; absent = off. Without the tier’s runtime the functions are matched by words, with a warning.'),
  })
  .strict();
export type AnalysisOptions = z.infer<typeof AnalysisOptionsSchema>;

/** A duty as a diff between runs names it. */
export const DutyRefSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    unitPath: z.array(z.string()).describe('Unit names from the top.'),
    text: z.string(),
  })
  .strict();
export type DutyRef = z.infer<typeof DutyRefSchema>;

/** How one duty changed between two runs. Duties are matched by content and unit, not position. */
export const DutyChangeSchema = z
  .object({
    kind: z.enum(['added', 'removed', 'reworded', 'moved']),
    before: DutyRefSchema.nullable(),
    after: DutyRefSchema.nullable(),
  })
  .strict();
export type DutyChange = z.infer<typeof DutyChangeSchema>;

/** How a conflict (duplicate/overlap) changed between two runs. */
export const PairChangeSchema = z
  .object({
    kind: z.enum(['new', 'resolved', 'relation-changed']),
    a: DutyRefSchema,
    b: DutyRefSchema,
    before: RelationSchema.nullable(),
    after: RelationSchema.nullable(),
    score: z.number(),
  })
  .strict();
export type PairChange = z.infer<typeof PairChangeSchema>;

/** Counts of a Changes by kind, for one-line summaries, changes.md and gates (findings/diff.ts countChanges). */
export interface ChangeCounts {
  added: number;
  removed: number;
  reworded: number;
  moved: number;
  newConflicts: number;
  resolvedConflicts: number;
  relationChanged: number;
  gapsOpened: number;
  gapsClosed: number;
}

/** A gap that opened or closed between two runs. */
export const GapChangeSchema = z.object({ kind: z.enum(['opened', 'closed']), gap: GapSchema }).strict();
export type GapChange = z.infer<typeof GapChangeSchema>;

/** What changed since the previous run (or between two results given to `dutylens diff`). */
export const ChangesSchema = z
  .object({
    previousRun: z.string().nullable().describe('Run id of the previous run, when known.'),
    duties: z.array(DutyChangeSchema),
    pairs: z.array(PairChangeSchema),
    gaps: z.array(GapChangeSchema),
  })
  .strict();
export type Changes = z.infer<typeof ChangesSchema>;

/** One run's figures, for the trend across runs. */
export const TrendPointSchema = z
  .object({ runId: z.string(), conflicts: z.number().int(), gaps: z.number().int(), duties: z.number().int() })
  .strict();
export type TrendPoint = z.infer<typeof TrendPointSchema>;

/** How a unit fares in a reorganisation: its name before and after, and the events that touched it. */
export const ReorgUnitSchema = z
  .object({
    before: z.string().nullable().describe('Name before the change; null for a created unit.'),
    after: z.string().nullable().describe('Name after the change; null for an abolished or merged-away unit.'),
    change: z.enum(['kept', 'created', 'abolished', 'renamed', 'merged', 'changed']).describe('changed: kept its name, and gave or received work.'),
    events: z.array(z.number().int()).describe('Indices (in `reorganisation.events`) of the events that touched it.'),
  })
  .strict();
export type ReorgUnit = z.infer<typeof ReorgUnitSchema>;

/** A conflict (duplicate/overlap) before or after a reorganisation, matched by its two duties' ids (a moved duty keeps its id). */
export const ReorgPairSchema = z
  .object({
    status: z.enum(['appeared', 'disappeared', 'stayed']),
    a: DutyRefSchema.describe('As it reads after the change (before, for a pair that disappeared).'),
    b: DutyRefSchema,
    before: RelationSchema.nullable().describe('Relation before; null when the two duties were no pair (or one did not exist).'),
    after: RelationSchema.nullable(),
    score: z.number(),
    events: z.array(z.number().int()).describe('The events that caused it: moved or added one of its duties, or touched one of its units. Empty: not caused by the change.'),
  })
  .strict();
export type ReorgPair = z.infer<typeof ReorgPairSchema>;

/** A catalogue function whose ownership changed with a reorganisation. */
export const ReorgCoverageSchema = z
  .object({
    organisation: z.string(),
    functionId: z.string(),
    functionName: z.string(),
    before: CoverageOutcomeSchema.nullable(),
    after: CoverageOutcomeSchema.nullable(),
    change: z.enum(['newly-multi-lead', 'newly-unowned', 'resolved', 'changed']).describe('newly-unowned: a gap or no-lead now that was not one before.'),
  })
  .strict();
export type ReorgCoverage = z.infer<typeof ReorgCoverageSchema>;

/** What a reorganisation does (`analyze --before … --after …`): the result is the after-organisation's, and this compares it with the before. */
export const ReorganisationSchema = z
  .object({
    events: z.array(ChangeEventSchema).describe('The events applied, in notice order.'),
    warnings: z.array(z.string()).describe('Events that could not be applied as written (a unit that does not exist), one line each.'),
    units: z.array(ReorgUnitSchema).describe('The before/after unit list, in before order, created units last.'),
    pairs: z.array(ReorgPairSchema).describe('Conflicts that appear, disappear or stay; caused ones first.'),
    coverage: z.array(ReorgCoverageSchema).describe('Catalogue functions whose outcome changed.'),
    before: SummarySchema.describe('Figures of the before-organisation.'),
  })
  .strict();
export type Reorganisation = z.infer<typeof ReorganisationSchema>;

/** What the semantic tier did in a run. */
export const SemanticRunSchema = z
  .object({
    model: z.string(),
    gapsOnly: z.literal(true).optional().describe('The tier matched duties to catalogue functions only (semanticGaps); pairs were compared by words, so organisations is empty.'),
    organisations: z.array(
      z
        .object({
          id: z.string(),
          duties: z.number().int().describe('Chinese business duties embedded.'),
          floor: z.number().describe("The cosine a candidate needs: the organisation's own high quantile of unrelated cross-unit pairs, never below a fixed minimum."),
          candidates: z.number().int().describe('Pairs the semantic tier proposed (mutual nearest neighbours above the floor).'),
          added: z.number().int().describe('Of those, pairs the words had not found, kept with a relation.'),
          skipped: z.string().optional().describe('Why the tier did not run on this organisation (too many duties for its exact search).'),
        })
        .strict(),
    ),
  })
  .strict();
export type SemanticRun = z.infer<typeof SemanticRunSchema>;

/** result.json: the contract every reporter and later tool reads. */
export const ResultSchema = z
  .object({
    schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
    tool: ToolSchema,
    generatedAt: z.string().nullable().describe('ISO time, only when asked for (--timestamp); null keeps output deterministic.'),
    options: AnalysisOptionsSchema,
    organisations: z.array(OrganisationSchema).describe('The organisations, in the order of their first document.'),
    documents: z.array(DocumentSchema).describe('Documents read, each naming its organisation.'),
    copies: z.array(CopySchema).describe('Documents read once because they copy another; not a finding.'),
    units: z.array(ResultUnitSchema),
    duties: z.array(ResultDutySchema),
    pairs: z.array(PairSchema),
    genericGroups: z.array(GenericGroupSchema),
    matrix: z.array(MatrixSchema),
    coverage: z.array(CoverageSchema),
    gaps: z.array(GapSchema),
    coverageSkipped: z.array(CoverageSkipSchema).optional().describe('Organisations not checked against the catalogue, and why (absent when none, or no catalogue).'),
    summary: SummarySchema.describe('Counts of the whole run.'),
    organisationSummaries: z.array(OrganisationSummarySchema).describe('Counts of each organisation, in the order of `organisations`.'),
    readings: z
      .array(InputReadingSchema)
      .optional()
      .describe('How each input file was read, in reading order (absent in results written before readings were recorded).'),
    changes: ChangesSchema.optional().describe('Scheduled runs: what changed since the previous run.'),
    trend: z.array(TrendPointSchema).optional().describe('Scheduled runs: figures of earlier runs, oldest first.'),
    events: z.array(ChangeEventSchema).optional().describe('Change events the documents hold (reorganisation notices), in document order; absent when none.'),
    reorganisation: ReorganisationSchema.optional().describe('`analyze --before … --after …`: what the reorganisation does.'),
    semantic: SemanticRunSchema.optional().describe('Present when the semantic tier ran: its model and, per organisation, the floor it used.'),
  })
  .strict();
export type Result = z.infer<typeof ResultSchema>;

/**
 * A result whose pairs are read one at a time: everything else as in Result,
 * and the pairs (in result order) through pairAt. At enterprise scale the
 * analysis keeps its pairs compactly and result.json is written from this
 * as a stream; wholeResult/resultParts convert between the two forms.
 */
export interface ResultParts {
  head: Omit<Result, 'pairs'>;
  pairCount: number;
  pairAt(k: number): Pair;
}

/** The whole result, every pair an object. */
export function wholeResult(parts: ResultParts): Result {
  const { schemaVersion, tool, generatedAt, options, organisations, documents, copies, units, duties, ...rest } = parts.head;
  const pairs = Array.from({ length: parts.pairCount }, (_, k) => parts.pairAt(k));
  // In schema order, so that a plain JSON.stringify of the result is stable too.
  return { schemaVersion, tool, generatedAt, options, organisations, documents, copies, units, duties, pairs, ...rest };
}

/** A whole result seen as parts. */
export function resultParts(result: Result): ResultParts {
  const { pairs, ...head } = result;
  return { head, pairCount: pairs.length, pairAt: (k) => pairs[k] };
}

/** True for relations that mean two units own the same work. */
export function isConflict(relation: Relation): boolean {
  switch (relation) {
    case 'duplicate':
    case 'overlap':
      return true;
    case 'parallel':
    case 'collaboration':
    case 'internal':
    case 'generic':
    case 'contains':
      return false;
  }
}

/** True for a finding with an acceptance that has not expired: it is counted apart from the open ones. */
export function isAccepted(finding: { acceptance?: Acceptance }): boolean {
  return finding.acceptance !== undefined && !finding.acceptance.expired;
}
