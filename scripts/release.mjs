// `npm run release`: build dist/, push it with clasp, create a numbered version and point the add-on's
// deployment at it. `npm run release -- --dry-run` builds and lists what a push would send (clasp status
// works offline), then prints each clasp command it would run, without signing in or reaching the network.
//
// The deployment to update comes from --deployment <id> or DISTMODEL_DEPLOYMENT_ID (the Marketplace SDK
// names one deployment id per add-on; `npx clasp list-deployments` shows them). clasp's command names and
// options are those of @google/clasp 3 (`clasp --help`): push --force, create-version [description],
// update-deployment <id> --versionNumber N --description D.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERSION_PLACEHOLDER = '<version number printed by create-version>';
const DEPLOYMENT_PLACEHOLDER = '<deployment id: --deployment or DISTMODEL_DEPLOYMENT_ID>';

/** Options from the command line and the environment. */
export function releaseOptions(argv, env) {
  const value = (name) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return {
    dryRun: argv.includes('--dry-run'),
    // For tests, which run after `npm test` built dist/: rebuilding it under other tests could be read half-written.
    build: !argv.includes('--no-build'),
    deploymentId: value('--deployment') ?? env.DISTMODEL_DEPLOYMENT_ID ?? null,
    description: value('--description') ?? `DistModel ${pkg.version}`,
  };
}

/**
 * The clasp commands of a release, in order, as argument lists. The version number is only known
 * once create-version has run, so the last command takes it as `version`.
 */
export function releaseCommands({ deploymentId, description }, version = VERSION_PLACEHOLDER) {
  return [
    ['clasp', 'push', '--force'],
    ['clasp', 'create-version', description],
    [
      'clasp',
      'update-deployment',
      deploymentId ?? DEPLOYMENT_PLACEHOLDER,
      '--versionNumber',
      String(version),
      '--description',
      description,
    ],
  ];
}

/** The version number in create-version's answer ("Created version 7."), or null. */
export function createdVersion(output) {
  const match = /Created version (\d+)/i.exec(output);
  return match ? Number(match[1]) : null;
}

const shown = (args) => args.map((a) => (/^[\w./:=-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');

/** Runs `node` or a tool of node_modules/.bin (what npx would find, without npx's start-up). */
function run(args, { capture = false } = {}) {
  console.log(`$ ${shown(args)}`);
  const [tool, ...rest] = args;
  const bin = tool === 'node' ? process.execPath : path.join(root, 'node_modules', '.bin', tool);
  const result = spawnSync(bin, rest, { cwd: root, encoding: 'utf8', stdio: capture ? 'pipe' : 'inherit' });
  if (capture) process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) {
    if (capture) process.stderr.write(result.stderr ?? '');
    throw new Error(`${args[0]} ${args[1]} failed (exit ${result.status}); nothing after it was run.`);
  }
  return result.stdout ?? '';
}

function main() {
  const options = releaseOptions(process.argv.slice(2), process.env);
  if (options.build) run(['node', 'scripts/build.mjs']);
  if (options.dryRun) {
    const status = JSON.parse(run(['clasp', 'status', '--json'], { capture: true }));
    console.log(`\nDry run: a release would push ${status.filesToPush.join(', ')} and then run:`);
    for (const args of releaseCommands(options)) console.log(`  ${shown(args)}`);
    if (!options.deploymentId)
      console.log('No deployment id yet: pass --deployment <id> or set DISTMODEL_DEPLOYMENT_ID.');
    return;
  }
  if (!options.deploymentId)
    throw new Error('No deployment to update: pass --deployment <id> or set DISTMODEL_DEPLOYMENT_ID.');
  const [push, version] = releaseCommands(options);
  run(push);
  const number = createdVersion(run(version, { capture: true }));
  if (number === null)
    throw new Error('clasp create-version printed no version number; the deployment was not updated.');
  run(releaseCommands(options, number)[2]);
  console.log(`Released version ${number} to deployment ${options.deploymentId}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err.message ?? err);
    process.exit(1);
  }
}
