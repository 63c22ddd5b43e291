import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs the demo exactly as `pnpm demo` does, for a few seconds, and returns what it printed. */
function runDemo(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@tiktok-live-rx/source', '--import', 'tsx', 'src/main.ts', ...args],
      { cwd: appDir, env: { ...process.env, EULER_API_KEY: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('node demo', () => {
  it('shows a live feed from the embedded simulator and exits cleanly', async () => {
    const { code, stdout, stderr } = await runDemo(['--seconds', '12']);
    expect(stderr).not.toMatch(/Error|⚠️/);
    expect(code).toBe(0);
    expect(stdout).toContain('Embedded simulator at ws://127.0.0.1:');
    expect(stdout).toMatch(/⚡ connecting/);
    expect(stdout).toMatch(/⚡ connected/);
    expect(stdout).toMatch(/📺 .+ — by .+/);
    expect(stdout.match(/^💬 .+: .+$/gm)?.length ?? 0).toBeGreaterThan(2);
    expect(stdout).toMatch(/^🎁 .+ sent .+ ×\d+ \(\d+ 💎\)/m);
    expect(stdout).toMatch(/^📊 [\d,]+ 💎 from \d+ gifts/m);
    expect(stdout).toContain('Bye.');
  }, 60_000);

  it('never prints the API key, even though the backend half holds it', async () => {
    // The `--` that `pnpm demo -- --seconds 3` passes through must be accepted too.
    const { code, stdout, stderr } = await runDemo(['--', '--seconds', '3']);
    const { DEMO_API_KEY } = await import('@tiktok-live-rx/simulator');
    expect(code).toBe(0);
    expect(stdout).toContain('Bye.');
    expect(stdout + stderr).not.toContain(DEMO_API_KEY);
  }, 60_000);

  it('asks for EULER_ACCOUNT_ID when an API key is set without it, and never echoes the key', async () => {
    const { code, stderr, stdout } = await runDemo(['--seconds', '1'], { EULER_API_KEY: 'real-key-123456', EULER_ACCOUNT_ID: '' });
    expect(code).toBe(2);
    expect(stderr).toContain('also set EULER_ACCOUNT_ID');
    expect(stdout + stderr).not.toContain('real-key-123456');
  }, 60_000);

  it('rejects a bad --seconds value with a clear message', async () => {
    const { code, stderr } = await runDemo(['--seconds', 'soon']);
    expect(code).toBe(2);
    expect(stderr).toContain('--seconds takes a positive number');
  }, 60_000);
});
