import autocannon from "autocannon";
import { latencyOf, type TLatency } from "./load-stats";

// Throughput and latency of one page under a fixed number of connections, with autocannon. Each
// connection carries one signed-in session's cookie, round robin over the sessions, so that the
// server resolves as many sessions as a crowd of users would make it. Latencies are collected
// per response (autocannon's own histogram has no 95th percentile).

export type TPage = { name: string; path: string; signedIn: boolean };

export type TPageRun = {
  name: string;
  path: string;
  connections: number;
  requests: number;
  perSecond: number;
  latency: TLatency;
  non2xx: number;
  errors: number;
  /** The run's length in seconds: requests still unanswered at its end are not counted. */
  seconds: number;
  /** The mean size of a response, headers included. */
  kb: number;
};

/** The pages under load; the sign-in page is the reference the others are compared with. */
export function pagesOf(caseId: string, year: number): TPage[] {
  return [
    { name: "sign-in page (reference)", path: "/sign-in", signedIn: false },
    { name: "cases list", path: `/cases?year=${year}`, signedIn: true },
    { name: "victims list", path: `/victims?year=${year}`, signedIn: true },
    { name: "suspects list", path: `/suspects?year=${year}`, signedIn: true },
    { name: "case page", path: `/cases/${caseId}`, signedIn: true },
    { name: "report page", path: `/reports/${year}`, signedIn: true },
    { name: "report API", path: `/api/reports/${year}`, signedIn: true },
  ];
}

/** A few requests first, so that no measurement pays for a cold cache; each must be a 200. */
export async function warmPage(baseUrl: string, page: TPage, cookie: string) {
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${baseUrl}${page.path}`, {
      headers: page.signedIn ? { cookie } : {},
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status !== 200) {
      throw new Error(`${page.path} answered ${response.status} before the load began`);
    }
  }
}

export async function loadPage(
  baseUrl: string,
  page: TPage,
  cookies: readonly string[],
  connections: number,
  duration: number,
): Promise<TPageRun> {
  let next = 0;
  const latencies: number[] = [];
  let bytes = 0;
  const instance = autocannon({
    url: `${baseUrl}${page.path}`,
    connections,
    duration,
    // Far above any latency worth measuring: a slow answer is a latency, not an error.
    timeout: 120,
    setupClient: (client) => {
      if (!page.signedIn) return;
      client.setHeaders({ cookie: cookies[next++ % cookies.length]! });
    },
  });
  instance.on("response", (_client, _status, resBytes, responseTime) => {
    latencies.push(responseTime);
    bytes += resBytes;
  });
  const result = await instance;
  return {
    name: page.name,
    path: page.path,
    connections,
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    seconds: result.duration,
    latency: latencyOf(latencies),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    kb: bytes / 1024 / Math.max(1, latencies.length),
  };
}
