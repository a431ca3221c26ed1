/** What a command may touch of its process: output streams, working directory and environment. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Defaults to none: tests pass what they need, bin.ts passes process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
