export declare function buildSite(projectDir?: string): number;
