import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, hostname, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const BINARIES = ['munged', 'mungekey', 'slurmctld', 'slurmd', 'sbatch', 'squeue', 'sinfo'];

/** Why a Slurm cluster cannot be started here, or null when it can (root and Debian's slurm-wlm and munge). */
export function slurmUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'the daemons need root';
  const missing = BINARIES.filter((b) => {
    try {
      execFileSync('sh', ['-c', `command -v ${b}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  return missing.length > 0 ? `not installed: ${missing.join(', ')} (apt-get install slurm-wlm munge)` : null;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface SlurmCluster {
  dir: string;
  /** The environment for sbatch, squeue, …: SLURM_CONF points at this cluster's configuration. */
  env: NodeJS.ProcessEnv;
  log(): string;
  stop(): Promise<void>;
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });

/**
 * A one-node Slurm cluster on 127.0.0.1: its own munge key and munged socket, a slurm.conf with
 * proctrack/linuxproc and task/none (no cgroups), state and spool under a temporary folder, free ports,
 * and slurmctld and slurmd in the foreground, each started and stopped by its pid.
 */
export async function startSlurm(): Promise<SlurmCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'slurm-'));
  chmodSync(dir, 0o755);
  for (const sub of ['state', 'spool', 'munge']) mkdirSync(join(dir, sub), { mode: 0o700 });
  const socket = join(dir, 'munge', 'munge.socket');
  const key = join(dir, 'munge', 'munge.key');
  execFileSync('mungekey', ['--create', '--keyfile', key]);
  chmodSync(key, 0o400);
  const node = 'repro1';
  const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=repro',
      `SlurmctldHost=${hostname()}(127.0.0.1)`,
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${slurmdPort}`,
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'MpiDefault=none',
      'ReturnToService=2',
      'MinJobAge=600',
      `NodeName=${node} NodeAddr=127.0.0.1 NodeHostname=${hostname()} CPUs=${availableParallelism()} RealMemory=${Math.floor(totalmem() / 2 ** 20 / 2)} State=UNKNOWN`,
      `PartitionName=repro Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: conf };
  const logs = () => ['slurmctld.log', 'slurmd.log', 'munged.log'].map((f) => join(dir, f));
  const children: ChildProcess[] = [];
  const start = (cmd: string, args: string[]) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d) => writeFileSync(join(dir, `${cmd}.stderr`), String(d), { flag: 'a' }));
    children.push(child);
    return child;
  };
  const cluster: SlurmCluster = {
    dir,
    env,
    log: () =>
      logs()
        .filter(existsSync)
        .map((f) => `== ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-15).join('\n')}`)
        .join('\n'),
    stop: async () => {
      for (const child of children.reverse()) await stopChild(child);
    },
  };
  try {
    start('munged', [
      '--foreground',
      '--force',
      `--key-file=${key}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'munge', 'munged.pid')}`,
      `--log-file=${join(dir, 'munged.log')}`,
      `--seed-file=${join(dir, 'munge', 'munged.seed')}`,
    ]);
    await waitFor(() => existsSync(socket), 10_000, 'munged socket');
    start('slurmctld', ['-D', '-c', '-f', conf]);
    start('slurmd', ['-D', '-f', conf, '-N', node]);
    await waitFor(
      () => {
        try {
          return /idle/.test(execFileSync('sinfo', ['-h', '-o', '%T'], { env, encoding: 'utf8', stdio: 'pipe' }));
        } catch {
          return false;
        }
      },
      30_000,
      'an idle node',
    );
  } catch (error) {
    const log = cluster.log();
    await cluster.stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return cluster;
}

async function waitFor(ok: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`slurm test cluster: no ${what} after ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
