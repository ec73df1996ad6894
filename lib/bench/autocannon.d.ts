// The part of autocannon 9's API the load benchmark uses (it ships no types of its own).
declare module "autocannon" {
  type Client = { setHeaders(headers: Record<string, string>): void };
  type Options = {
    url: string;
    connections: number;
    /** Seconds. */
    duration: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    setupClient?: (client: Client) => void;
  };
  type Result = {
    requests: { total: number; average: number };
    /** Seconds. */
    duration: number;
    non2xx: number;
    errors: number;
    timeouts: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  type Instance = PromiseLike<Result> & {
    on(
      event: "response",
      listener: (
        client: Client,
        statusCode: number,
        resBytes: number,
        responseTime: number,
      ) => void,
    ): void;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
