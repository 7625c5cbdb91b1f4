// The part of autocannon 9's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type RequestParams = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Request = RequestParams & {
      setupRequest?: (req: RequestParams, context: object) => RequestParams;
    };
    type Options = {
      url: string;
      connections?: number;
      pipelining?: number;
      duration?: number;
      maxOverallRequests?: number;
      overallRate?: number;
      timeout?: number;
      requests?: Request[];
    };
    type Result = { duration: number; errors: number; timeouts: number; non2xx: number };
    type Instance = {
      on(event: "response", cb: (client: unknown, status: number, bytes: number, ms: number) => void): void;
      stop(): void;
    };
  }
  function autocannon(
    options: autocannon.Options,
    cb: (err: Error | null, result: autocannon.Result) => void,
  ): autocannon.Instance;
  export default autocannon;
}
