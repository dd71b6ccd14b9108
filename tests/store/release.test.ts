// `npm run release`: the clasp commands in order, the version number read back, and a dry run that works
// offline (no sign-in, no network) and says what it would do.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { createdVersion, releaseCommands, releaseOptions } from '../../scripts/release.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('release', () => {
  it('pushes, creates a version and points the deployment at that version', () => {
    const options = { deploymentId: 'AKfy123', description: 'DistModel 0.2.0' };
    expect(releaseCommands(options, 7)).toEqual([
      ['clasp', 'push', '--force'],
      ['clasp', 'create-version', 'DistModel 0.2.0'],
      ['clasp', 'update-deployment', 'AKfy123', '--versionNumber', '7', '--description', 'DistModel 0.2.0'],
    ]);
  });

  it('reads the version number from create-version and nothing else', () => {
    expect(createdVersion('Created version 12.\n')).toBe(12);
    expect(createdVersion('Error: not logged in')).toBeNull();
  });

  it('takes the deployment from the command line before the environment', () => {
    const env = { DISTMODEL_DEPLOYMENT_ID: 'from-env' };
    expect(releaseOptions(['--deployment', 'from-arg'], env).deploymentId).toBe('from-arg');
    expect(releaseOptions(['--dry-run'], env)).toMatchObject({
      dryRun: true,
      build: true,
      deploymentId: 'from-env',
    });
    expect(releaseOptions([], {}).deploymentId).toBeNull();
  });

  it('dry run: lists the files and prints the clasp commands without running them', () => {
    // --no-build: `npm test` built dist/ already, and other tests read it meanwhile.
    const args = ['scripts/release.mjs', '--dry-run', '--no-build', '--deployment', 'AKfy123'];
    const result = spawnSync('node', args, {
      cwd: ROOT,
      encoding: 'utf8',
      // No credentials and no proxy: a dry run that needed either would fail here.
      env: { ...process.env, HOME: '/nonexistent', clasp_config_auth: '/nonexistent/.clasprc.json' },
    });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').map((l) => l.trim());
    expect(lines).toContain('clasp push --force');
    expect(lines).toContain('clasp create-version "DistModel 0.1.0"');
    expect(lines.some((l) => l.startsWith('clasp update-deployment AKfy123 --versionNumber'))).toBe(true);
    const pushed = /would push (.*) and then run/.exec(result.stdout)?.[1]?.split(', ') ?? [];
    expect(pushed.sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
  });
});
