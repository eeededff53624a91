import { loadRankingConfig, type RankingConfig } from './ranking-config.ts';

/**
 * Node flags of a process that serves searches, to start it with (V8 reads them only at start):
 * its young generation capped at `io.semiSpaceMb`. Node's default let a hybrid query process at
 * 100k documents commit about 170 MB of heap for 20 MB of live objects.
 */
export function searchProcessFlags(config: RankingConfig = loadRankingConfig()): string[] {
	return [`--max-semi-space-size=${config.io.semiSpaceMb}`];
}
