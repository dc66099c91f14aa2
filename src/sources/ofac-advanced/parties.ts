/**
 * The second pass over the advanced XML: each `DistinctParty` as a typed record, streamed.
 * IDs in these records point into the tables of the first pass (see read.ts).
 */
import { child, children, readXmlRecords, SourceError, type XmlNode } from '../io/index.js';
import { type Period, readPeriod } from './refs.js';

/** One part of a documented name: its text, its NamePartGroup and script. */
export interface NamePart {
  /** `NamePartValue/@NamePartGroupID`: the group whose NamePartType says what the part is. */
  groupId: string;
  /** `@ScriptID` (Script). */
  scriptId: string | null;
  value: string;
}

/** A `DocumentedName`: one spelling of an alias, in one script. */
export interface DocumentedName {
  /** `@DocNameStatusID` (DocNameStatus): "Primary Latin" or "Others". */
  statusId: string | null;
  parts: NamePart[];
}

/** An `Alias`: a name of the identity, possibly spelt in several scripts. */
export interface Alias {
  /** `@AliasTypeID` (AliasType): "Name", "A.K.A.", "F.K.A.", "N.K.A.". */
  typeId: string | null;
  /** `@Primary`: the identity's main name. */
  primary: boolean;
  /** `@LowQuality`: a weak alias. */
  lowQuality: boolean;
  names: DocumentedName[];
}

/** An `Identity` of a profile: its aliases and what each name part group is. */
export interface Identity {
  id: string;
  aliases: Alias[];
  /** NamePartGroup ID → NamePartTypeID ("Last Name", "First Name", ...). */
  groups: Map<string, string>;
}

/** One version (value) of a feature. */
export interface FeatureVersion {
  /** `@ReliabilityID` (Reliability): "Confirmed", "Reported", "False". */
  reliabilityId: string | null;
  /** `VersionDetail`s: text, or a DetailReference ID (for LOOKUP details). */
  details: { text: string | null; referenceId: string | null }[];
  /** `DatePeriod`, for dates. */
  period: Period | null;
  /** `VersionLocation/@LocationID`s. */
  locationIds: string[];
}

/** A `Feature`: a typed attribute of the profile (birth date, flag, website...). */
export interface Feature {
  /** `@FeatureTypeID` (FeatureType). */
  typeId: string;
  versions: FeatureVersion[];
}

/** A `DistinctParty` with its `Profile`. */
export interface Party {
  /** `@FixedRef`: OFAC's ID of the party, the uid of SDN.XML. */
  fixedRef: string;
  line: number;
  /** `Profile/@ID`: what sanctions entries and relationships point to. */
  profileId: string;
  /** `Profile/@PartySubTypeID` (PartySubType, whose PartyTypeID is the PartyType). */
  subTypeId: string | null;
  /** The party's `Comment`, when not empty. */
  comment: string | null;
  identities: Identity[];
  features: Feature[];
}

function readAlias(n: XmlNode): Alias {
  return {
    typeId: n.attrs.AliasTypeID ?? null,
    primary: n.attrs.Primary === 'true',
    lowQuality: n.attrs.LowQuality === 'true',
    names: children(n, 'DocumentedName').map((d) => ({
      statusId: d.attrs.DocNameStatusID ?? null,
      parts: children(d, 'DocumentedNamePart').flatMap((p) => {
        const v = child(p, 'NamePartValue');
        if (!v?.text) return [];
        return [
          {
            groupId: v.attrs.NamePartGroupID ?? '',
            scriptId: v.attrs.ScriptID ?? null,
            value: v.text,
          },
        ];
      }),
    })),
  };
}

function readIdentity(n: XmlNode): Identity {
  const groups = new Map<string, string>();
  for (const master of children(child(n, 'NamePartGroups') ?? n, 'MasterNamePartGroup')) {
    for (const g of children(master, 'NamePartGroup')) {
      if (g.attrs.ID && g.attrs.NamePartTypeID) groups.set(g.attrs.ID, g.attrs.NamePartTypeID);
    }
  }
  return { id: n.attrs.ID ?? '', aliases: children(n, 'Alias').map(readAlias), groups };
}

function readFeature(n: XmlNode): Feature {
  return {
    typeId: n.attrs.FeatureTypeID ?? '',
    versions: children(n, 'FeatureVersion').map((v) => ({
      reliabilityId: v.attrs.ReliabilityID ?? null,
      details: children(v, 'VersionDetail').map((d) => ({
        text: d.text || null,
        referenceId: d.attrs.DetailReferenceID ?? null,
      })),
      period: readPeriod(child(v, 'DatePeriod')),
      locationIds: children(v, 'VersionLocation').flatMap((l) =>
        l.attrs.LocationID ? [l.attrs.LocationID] : [],
      ),
    })),
  };
}

/** Parse one DistinctParty; one without FixedRef or Profile is an error naming its line. */
export function readParty(path: string, n: XmlNode): Party {
  const fixedRef = n.attrs.FixedRef;
  if (!fixedRef) throw new SourceError(path, `line ${n.line}`, 'DistinctParty without FixedRef');
  const profile = child(n, 'Profile');
  if (!profile?.attrs.ID) {
    throw new SourceError(
      path,
      `DistinctParty ${fixedRef} (line ${n.line})`,
      'no Profile with an ID',
    );
  }
  const comment = child(n, 'Comment')?.text || null;
  return {
    fixedRef,
    line: n.line,
    profileId: profile.attrs.ID,
    subTypeId: profile.attrs.PartySubTypeID ?? null,
    comment,
    identities: children(profile, 'Identity').map(readIdentity),
    features: children(profile, 'Feature').map(readFeature),
  };
}

const PARTY_RECORDS = new Set(['DistinctParty']);

/** Second pass: stream the parties. */
export async function* readParties(
  path: string,
  progress: (bytes: number) => void,
): AsyncIterable<Party> {
  for await (const n of readXmlRecords(path, PARTY_RECORDS, progress)) yield readParty(path, n);
}
