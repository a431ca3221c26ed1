import * as assert from 'assert';
import { firstConflictMarkerLine, ReviewMergeConflict } from '../../src/core/review/reviewConflict';
import { parseReviewFile, parseReviewState, serializeReviewState } from '../../src/core/review/reviewFile';
import { NewerReviewVersion } from '../../src/core/review/reviewSchema';

const FILE = '.privacy-lens/review.json';

/** What git leaves when two branches record different decisions on the same lines. */
const CONFLICTED = `{
  "version": 1,
  "checklist": {
    "access-control": {
<<<<<<< HEAD
      "status": "acceptable",
      "note": "roles reviewed with legal"
=======
      "status": "to-correct",
      "note": "admin role too broad"
>>>>>>> feature/roles
    }
  },
  "findings": {}
}
`;

describe('review file: merge conflicts and schema versions', () => {
  it('refuses git conflict markers as a merge conflict, naming the first marker\'s line, not as broken JSON', () => {
    assert.throws(() => parseReviewState(CONFLICTED, FILE), (error: unknown) => {
      assert.ok(error instanceof ReviewMergeConflict, String(error));
      assert.strictEqual(error.line, 5);
      assert.strictEqual(error.message, `${FILE}: has git merge-conflict markers (<<<<<<<, ======= and >>>>>>> lines) starting at line 5`);
      return true;
    });
  });

  it('finds each kind of marker, with CRLF line ends and the diff3 base section, and only at the start of a line', () => {
    assert.strictEqual(firstConflictMarkerLine(CONFLICTED.replace(/\n/g, '\r\n')), 5);
    assert.strictEqual(firstConflictMarkerLine('{\n||||||| merged common ancestors\n'), 2);
    assert.strictEqual(firstConflictMarkerLine('{\n  "a": 1\n=======\n'), 3, 'a half-resolved file with only the separator left');
    assert.strictEqual(firstConflictMarkerLine('{\n>>>>>>>\n'), 2);
    const noteAboutMarkers = JSON.stringify({ version: 1, checklist: { x: { status: 'pending', note: '<<<<<<< HEAD was left in the config\n=======' } } }, undefined, 2);
    assert.strictEqual(firstConflictMarkerLine(noteAboutMarkers), undefined, 'markers inside a note are text, not a conflict');
    assert.strictEqual(firstConflictMarkerLine('<<<<<<<< eight\n========\n'), undefined);
    assert.ok(parseReviewState(noteAboutMarkers, FILE).checklist.x?.note?.startsWith('<<<<<<<'));
  });

  it('migrates a file without a version (schema 0) in memory, keeping every decision, and writes it as schema 1', () => {
    const unversioned = JSON.stringify({
      checklist: { 'access-control': { status: 'acceptable', reviewer: 'Dana', note: 'roles reviewed' } },
      findings: { f1: { ruleId: 'personal-data-in-log', file: 'src/a.ts', status: 'to-correct' } },
    });
    const parsed = parseReviewFile(unversioned, FILE);
    assert.strictEqual(parsed.fromVersion, 0);
    assert.deepStrictEqual(parsed.state, {
      version: 1,
      checklist: { 'access-control': { status: 'acceptable', reviewer: 'Dana', note: 'roles reviewed' } },
      findings: { f1: { ruleId: 'personal-data-in-log', file: 'src/a.ts', status: 'to-correct' } },
    });
    assert.match(serializeReviewState(parsed.state), /^\{\n {2}"version": 1,\n/);
    assert.strictEqual(parseReviewFile('{"version": 0, "checklist": {}}', FILE).fromVersion, 0);
    assert.strictEqual(parseReviewFile('{"version": 1}', FILE).fromVersion, 1);
  });

  it('validates a migrated file like a current one', () => {
    assert.throws(() => parseReviewState('{"checklist": {"access-control": {"status": "done"}}}', FILE), {
      message: `${FILE}: checklist["access-control"].status: expected one of pending, to-correct, improvable, acceptable, found "done"`,
    });
  });

  it('refuses a schema newer than it knows, saying so, and a version that is not a whole number', () => {
    assert.throws(() => parseReviewState('{"version": 2, "checklist": {}, "audits": {}}', FILE), (error: unknown) => {
      assert.ok(error instanceof NewerReviewVersion, String(error));
      assert.strictEqual(error.version, 2);
      assert.strictEqual(error.message, `${FILE}: version: 2 was written by a newer Privacy Lens (this one reads versions up to 1)`);
      return true;
    });
    assert.throws(() => parseReviewState('{"version": 1.5}', FILE), { message: `${FILE}: version: expected a whole number (1 for this Privacy Lens), found 1.5` });
    assert.throws(() => parseReviewState('{"version": -1}', FILE), { message: `${FILE}: version: expected a whole number (1 for this Privacy Lens), found -1` });
  });
});
