// Loads worker.ts in a worker thread: tsx's hooks from the process's --import do not
// reach worker threads, so they are registered here, for this thread.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
