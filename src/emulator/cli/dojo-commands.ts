/**
 * The sandbox's own commands (not AWS): `dojo advance 5m` moves simulated time, `dojo time`,
 * `dojo load` sets a service's CPU demand, `dojo images` lists the fictional registry.
 */
import type { EcsEmulator } from '../emulator.ts';
import { SANDBOX_IMAGES } from '../images.ts';
import type { CommandResult } from './run-command.ts';

const HELP = `dojo: commands of the ECS Dojo sandbox (they do not exist in AWS)
  dojo advance <duration>   move simulated time forward (e.g. 30s, 5m, 1h, 300)
  dojo time                 print the simulated time
  dojo load --cluster <c> --service <s> --base <tasks> [--peak <tasks> --spike-in <duration> --spike-for <duration>]
                            set the CPU demand on a service, in tasks' worth of CPU at 100 %
  dojo images               list the images of the sandbox registry
  ls, cat <file>            list and show the files of the file panel
`;

/** Seconds in a duration such as `300`, `90s`, `5m`, `1h`, `1h30m`; undefined when malformed. */
export function parseDuration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (m === null || text === '') return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

function iso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

function fail(message: string): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `dojo: ${message}\n` };
}

function options(words: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as string;
    if (w.startsWith('--') && words[i + 1] !== undefined) out[w.slice(2)] = words[++i] as string;
  }
  return out;
}

/** Runs `dojo …` words (without the leading `dojo`). */
export function runDojoCommand(emulator: EcsEmulator, words: string[]): CommandResult {
  const [cmd, ...rest] = words;
  if (cmd === undefined || cmd === 'help') return { exitCode: 0, stdout: HELP, stderr: '' };
  if (cmd === 'time') return { exitCode: 0, stdout: `${iso(emulator.now())}\n`, stderr: '' };
  if (cmd === 'advance') {
    const seconds = parseDuration(rest[0]);
    if (seconds === undefined || seconds > 7 * 24 * 3600)
      return fail('advance needs a duration up to 7 days, such as 30s, 5m or 1h');
    emulator.advance(seconds);
    return {
      exitCode: 0,
      stdout: `Simulated time is now ${iso(emulator.now())} (+${seconds}s).\n`,
      stderr: '',
    };
  }
  if (cmd === 'images') {
    return { exitCode: 0, stdout: SANDBOX_IMAGES.map((i) => `${i.name}\t${i.en}\n`).join(''), stderr: '' };
  }
  if (cmd === 'load') {
    const o = options(rest);
    const base = Number(o['base']);
    const peak = o['peak'] === undefined ? base : Number(o['peak']);
    const spikeIn = parseDuration(o['spike-in'] ?? '0');
    const spikeFor = parseDuration(o['spike-for'] ?? '0');
    if (
      o['cluster'] === undefined ||
      o['service'] === undefined ||
      !Number.isFinite(base) ||
      !Number.isFinite(peak) ||
      spikeIn === undefined ||
      spikeFor === undefined
    ) {
      return fail('load needs --cluster, --service and --base (numbers); see dojo help');
    }
    try {
      emulator.setLoad(o['cluster'], o['service'], {
        base,
        peak,
        spikeSeconds: spikeFor,
        spikeInSeconds: spikeIn,
      });
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    return {
      exitCode: 0,
      stdout: `Load on ${o['service']}: ${base} tasks of CPU${spikeFor > 0 ? `, ${peak} from +${spikeIn}s for ${spikeFor}s` : ''}.\n`,
      stderr: '',
    };
  }
  return fail(`unknown command ${cmd}; see dojo help`);
}
