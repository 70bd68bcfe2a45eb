#!/usr/bin/env node
// Registers LMS platforms with the course server: `npm run lti:platform -- <command>`.
import { parseArgs } from 'node:util';
import { platformsFile, readPlatforms, removePlatform, savePlatform } from './platforms.mjs';

const usage = `Usage: npm run lti:platform -- <command>

  list                         the registered platforms
  add --issuer <url> --client-id <id> --deployment-id <id> [--deployment-id <id> …]
      --auth-login-url <url> --auth-token-url <url> --jwks-url <url> [--auth-server <aud>]
                               adds a platform, or replaces the one with that issuer and client id
  remove --issuer <url> --client-id <id>

The file is LTI_PLATFORMS, else lti-platforms.json in CLASS_DATA_DIR (./data).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    'deployment-id': { type: 'string', multiple: true },
    'auth-login-url': { type: 'string' },
    'auth-token-url': { type: 'string' },
    'jwks-url': { type: 'string' },
    'auth-server': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const file = platformsFile(process.env);
const [command] = positionals;
try {
  if (command === 'list') {
    const platforms = readPlatforms(file);
    console.log(platforms.length ? JSON.stringify(platforms, null, 2) : `No platform registered in ${file}.`);
  } else if (command === 'add') {
    const platforms = savePlatform(file, {
      issuer: values.issuer,
      clientId: values['client-id'],
      deploymentIds: values['deployment-id'] ?? [],
      authLoginUrl: values['auth-login-url'],
      authTokenUrl: values['auth-token-url'],
      jwksUrl: values['jwks-url'],
      ...(values['auth-server'] ? { authServer: values['auth-server'] } : {}),
    });
    console.log(`Registered ${values.issuer} (client id ${values['client-id']}) in ${file}; ${platforms.length} platform(s) in all.`);
  } else if (command === 'remove') {
    if (!values.issuer || !values['client-id']) throw new Error('remove needs --issuer and --client-id');
    console.log(
      removePlatform(file, values.issuer, values['client-id']) ? `Removed ${values.issuer} (client id ${values['client-id']}).` : 'No such registration.',
    );
  } else {
    console.log(usage);
    process.exit(values.help ? 0 : 1);
  }
} catch (error) {
  const issues = error && typeof error === 'object' && 'issues' in error ? error.issues : undefined;
  console.error(
    Array.isArray(issues)
      ? issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')
      : error instanceof Error
        ? error.message
        : String(error),
  );
  process.exit(1);
}
