/** Starting a lab in an emulator, checking its goals and running transcripts. */
import { createEcsEmulator, type CommandResult, type EcsEmulator } from '../emulator/index.ts';
import type { Lab } from './types.ts';

/** Seed every lab uses, so its start state is the same for everyone. */
export const LAB_SEED = 17;

/** A goal and whether the state meets it. */
export interface GoalResult {
  id: string;
  met: boolean;
}

/** An emulator in the lab's start state (files written, setup run). Throws if a setup command fails. */
export function startLab(lab: Lab): EcsEmulator {
  const e = createEcsEmulator({
    seed: LAB_SEED,
    ...(lab.startTime !== undefined ? { startTime: lab.startTime } : {}),
  });
  for (const [path, text] of Object.entries(lab.files)) e.files.write(path, text);
  for (const line of lab.setup) {
    const r = e.run(line);
    if (r.exitCode !== 0)
      throw new Error(`Lab ${lab.id}: setup command failed (${r.exitCode}): ${line}\n${r.stderr}`);
  }
  return e;
}

/** Checks every goal on the emulator's current state. A goal that throws counts as unmet. */
export function checkGoals(lab: Lab, emulator: EcsEmulator): GoalResult[] {
  const state = emulator.inspect();
  return lab.goals.map((g) => {
    try {
      return { id: g.id, met: g.check(state) };
    } catch {
      return { id: g.id, met: false };
    }
  });
}

/** Runs command lines in order and returns each result. */
export function runTranscript(emulator: EcsEmulator, lines: readonly string[]): CommandResult[] {
  return lines.map((line) => emulator.run(line));
}
