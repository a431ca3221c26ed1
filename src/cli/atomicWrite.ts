import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { CliFailure } from './exitCodes';
import { fsFailureReason } from './fsErrors';

/**
 * Writes through a temporary file in the same folder, flushed to disk, then renamed over `file`:
 * a reader never sees half a report, and a write that fails (or a process killed mid-way) leaves
 * the previous file as it was. A failure is a CliFailure naming `shownAs`, the path as typed.
 */
export async function writeFileAtomically(file: string, content: string | Iterable<string>, shownAs: string = file): Promise<void> {
  const target = path.resolve(file);
  const folder = path.dirname(target);
  // Unique per call, so two writers (two processes, or two runs in one) never share a temporary file.
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(temporary, 'wx');
    try {
      if (typeof content === 'string') {
        await handle.writeFile(content, 'utf8');
      } else {
        // writeFile, not write: it carries on after a short write (and so meets EFBIG) until the batch is all written.
        for (const batch of inBatches(content)) {
          await handle.writeFile(batch, 'utf8');
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new CliFailure(`cannot write ${shownAs}: ${fsFailureReason(error)}`, { cause: error });
  }
}

/** A megabyte of text per write: a report in pieces (jsonChunks) has one or more per finding. */
const BATCH_CHARACTERS = 1 << 20;

/** The pieces joined into batches of about BATCH_CHARACTERS, in order. */
export function* inBatches(pieces: Iterable<string>, size = BATCH_CHARACTERS): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) {
    yield batch.join('');
  }
}
