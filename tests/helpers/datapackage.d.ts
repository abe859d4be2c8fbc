// The parts of the Frictionless reference library (datapackage 1.1.10, untyped) the tests use.
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path: string };
    schema: { getField(name: string): { castValue(value: string): unknown } };
    read(options?: { cast?: boolean; relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    getResource(name: string): Resource;
  }
}
