// `npm run bench` only: figures, not pass/fail timers.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config';

export default mergeConfig(base, defineConfig({ test: { include: ['bench/**/*.bench.ts'], testTimeout: 60_000 } }));
