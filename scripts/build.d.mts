export declare const SERVER_BUNDLE: string;
export declare function buildFolder(distDir?: string): string;
export declare function serverBundle(distDir?: string): string;
export declare function bundleServer(distDir?: string): void;
export declare function buildSite(projectDir?: string): number;
