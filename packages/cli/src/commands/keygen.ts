import { chmodSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import {
  exportPrivateJwk,
  exportPublicJwk,
  generateIssuerKeys,
  signatureAlgorithms,
} from '@ruta/certification';
import type { Command } from '../command';
import { checkFailure, usageError } from '../failures';
import { ensureDirectory, fileKind } from '../files';
import { flag, positionals, requiredOption, stringOption } from '../options';

type Algorithm = (typeof signatureAlgorithms)[number];

/**
 * `ruta keygen --alg EdDSA|RS256 --out <prefix>`: an issuer key pair as `<prefix>.private.jwk` (mode 0600)
 * and `<prefix>.public.jwk`. Refuses to overwrite either file unless `--force`.
 */
export const keygenCommand: Command = {
  name: 'keygen',
  options: { alg: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  async run(line, { io, t }) {
    positionals(line, [], t);
    const alg = stringOption(line, 'alg') ?? 'EdDSA';
    if (!signatureAlgorithms.includes(alg as Algorithm))
      throw usageError(t.badChoice('--alg', alg, signatureAlgorithms));
    const prefix = resolve(io.cwd, requiredOption(line, 'out', t));
    if (basename(prefix) === '' || fileKind(prefix) === 'directory')
      throw usageError(t.outIsDirectory(requiredOption(line, 'out', t)));
    // The folder of the keys is created when missing (`--out keys/rcm` makes keys/).
    ensureDirectory(dirname(prefix), dirname(requiredOption(line, 'out', t)), t);
    const privateFile = `${prefix}.private.jwk`;
    const publicFile = `${prefix}.public.jwk`;
    const force = flag(line, 'force');
    for (const file of [privateFile, publicFile])
      if (!force && fileKind(file) !== 'missing') throw checkFailure(t.wouldOverwrite(file));

    const keys = await generateIssuerKeys(alg as Algorithm);
    const privateJwk = await exportPrivateJwk(keys);
    const publicJwk = await exportPublicJwk(keys);
    try {
      writeFileSync(privateFile, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
      chmodSync(privateFile, 0o600);
      writeFileSync(publicFile, `${JSON.stringify(publicJwk, null, 2)}\n`, { mode: 0o644 });
    } catch (error) {
      throw checkFailure(t.cannotWrite(privateFile, (error as { code?: string }).code ?? String(error)));
    }
    io.out(`${t.keysWritten(alg, String(publicJwk.kid), privateFile, publicFile)}\n`);
    return 0;
  },
};
