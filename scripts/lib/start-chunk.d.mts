/** What the chunking asks of a module (a part of rolldown's ChunkingContext). */
interface ChunkingContext {
  getModuleInfo(moduleId: string): { importers: readonly string[] } | null;
}
export function startChunk(entry?: string): { name: (moduleId: string, ctx: ChunkingContext) => string | null };
