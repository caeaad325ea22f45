/** Where the server keeps its data. */
export type DatabaseMode = 'EMBEDDED' | 'EXTERNAL';

/** Body of `GET /api/info`. */
export interface ApiInfo {
  name: string;
  version: string;
  /** "EMBEDDED" or "EXTERNAL"; typed as string too so an unknown future value is still shown. */
  databaseMode: DatabaseMode | (string & {});
}
