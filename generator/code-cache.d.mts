// Types of code-cache.mjs, for the TypeScript that imports it (the bench, the tests).
export declare const CODE_CACHE: string;
export declare function cacheCompiledCode(dir?: string): void;
