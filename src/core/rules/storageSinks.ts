/**
 * Calls that write a value where it stays: a file, a cache, a message queue or a job queue (whose
 * arguments wait in Redis or a broker). Kept as data: an exact callee, or a receiver named for
 * the store (`redisClient`, `_cache`, `kafkaProducer`, `fh`) with one of its writing methods.
 */
import type { Call } from '../facts';
import { splitIdentifier } from '../taxonomy/identifiers';

export type SinkKind = 'file' | 'cache' | 'queue';

const EXACT_SINKS: ReadonlyArray<readonly [RegExp, SinkKind]> = [
  [/^((fs|fse|fsPromises)\.)?(promises\.)?(writeFile|appendFile|writeFileSync|appendFileSync|outputFile|outputFileSync|writeJson|writeJsonSync|outputJson)$/, 'file'],
  [/^Files\.(write|writeString)$/, 'file'],
  [/^(os|ioutil)\.WriteFile$/, 'file'],
  [/^(file_put_contents|fwrite|fputs|fputcsv)$/, 'file'],
  [/^Storage\.(put|append|prepend)$/, 'file'], // Laravel
  [/^(File|IO)\.(write|binwrite)$/, 'file'],
  [/^File\.(WriteAllText|WriteAllLines|WriteAllBytes|AppendAllText|AppendAllLines)(Async)?$/, 'file'],
  [/^(json|pickle|yaml|marshal|toml)\.dump$/, 'file'],
  [/(^|\.)(write_text|write_bytes)$/, 'file'], // pathlib
  [/(^|\.)(StringSet|StringSetAsync|HashSetAsync|ListLeftPush|ListRightPush|ListLeftPushAsync|ListRightPushAsync)$/, 'cache'], // StackExchange.Redis
  [/(^|\.)(sendToQueue|basicPublish|basic_publish|BasicPublish|BasicPublishAsync|PublishWithContext|convertAndSend|WriteMessages)$/, 'queue'],
  [/^Sidekiq\.Client\.push$/, 'queue'],
  [/\.(perform_async|perform_later|perform_in|perform_at|apply_async|delay)$/, 'queue'], // Sidekiq, Active Job, Celery
];

interface ReceiverSink {
  readonly kind: SinkKind;
  readonly words: ReadonlySet<string>;
  readonly methods: ReadonlySet<string>;
  /** A further condition on the call, where the method name alone is too common. */
  readonly when?: (call: Call) => boolean;
}

/** BullMQ's and Bull's `queue.add('job-name', payload)`: the job's name comes first, unlike a Set's or a p-queue's `add`. */
const namesAJob = (call: Call): boolean => /^['"`]/.test(call.arguments[0]?.text ?? '') && call.arguments.length > 1;

/** Stores known by the receiver's name, with the methods that write to them. */
const RECEIVER_SINKS: readonly ReceiverSink[] = [
  {
    kind: 'file',
    words: new Set(['file', 'f', 'fh', 'fp', 'fd', 'fout', 'outfile', 'writer']),
    methods: new Set(['write', 'writelines', 'writerow', 'writerows', 'Write', 'WriteString', 'WriteLine', 'WriteAsync', 'WriteLineAsync', 'puts']),
  },
  {
    kind: 'cache',
    words: new Set(['redis', 'ioredis', 'rdb', 'cache', 'jedis', 'lettuce', 'memcache', 'memcached', 'valkey', 'kv']),
    methods: new Set([
      'set', 'setex', 'setnx', 'psetex', 'hset', 'hsetnx', 'hmset', 'mset', 'msetnx', 'lpush', 'rpush', 'sadd', 'zadd', 'put', 'add', 'forever', 'putMany', 'write',
      'Set', 'SetEx', 'SetNX', 'HSet', 'HMSet', 'LPush', 'RPush', 'SAdd', 'ZAdd', 'MSet', 'SetAsync', 'SetString', 'SetStringAsync',
    ]),
  },
  {
    kind: 'queue',
    words: new Set(['producer', 'kafka', 'sqs', 'sns', 'queue', 'publisher', 'pubsub', 'rabbit', 'rabbitmq', 'amqp', 'broker', 'kinesis']),
    methods: new Set(['send', 'sendMessage', 'sendMessageBatch', 'publish', 'publishMessage', 'produce', 'Produce', 'ProduceAsync', 'SendMessage', 'SendMessageAsync', 'Publish', 'putRecord', 'putRecords', 'PutRecord']),
  },
  { kind: 'queue', words: new Set(['queue']), methods: new Set(['add']), when: namesAJob },
  // RabbitMQ channels and exchanges, Pub/Sub topics: only `publish` writes (a chat client's `channel.send` does not queue).
  { kind: 'queue', words: new Set(['channel', 'ch', 'exchange', 'topic']), methods: new Set(['publish', 'Publish']) },
];

/** A cache with one of these words keeps the value in the process's memory, not at rest: `memoryCache`, `IMemoryCache`, `localCache`. */
const IN_MEMORY_WORDS = new Set(['memory', 'local', 'lru']);

/**
 * Where `call` writes, if it writes to a store. `receiverPath` is the call's receiver when the
 * callee path has lost it (Java's `redisTemplate.opsForValue().set(...)` is just `set`).
 */
export function sinkOf(call: Call, receiverPath: readonly string[] = []): SinkKind | undefined {
  const callee = call.calleePath.join('.');
  const exact = EXACT_SINKS.find(([pattern]) => pattern.test(callee));
  if (exact) {
    return exact[1];
  }
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  const receiverWords = [...receiverPath, ...call.calleePath.slice(0, -1)].flatMap((segment) => splitIdentifier(segment));
  const sink = RECEIVER_SINKS.find((s) => s.methods.has(method) && receiverWords.some((w) => s.words.has(w)) && (s.when?.(call) ?? true));
  return sink?.kind === 'cache' && receiverWords.some((w) => IN_MEMORY_WORDS.has(w)) ? undefined : sink?.kind;
}

/** How a finding names the store. */
export const SINK_NAMES: Readonly<Record<SinkKind, string>> = { file: 'a file', cache: 'a cache', queue: 'a message or job queue' };
