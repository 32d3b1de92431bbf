export declare const BUILD_SOURCES: readonly string[];
export declare function newestMtime(target: string): number;
