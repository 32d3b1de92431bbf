/**
 * A CPU profiler for a running server, loaded with `NODE_OPTIONS="--require ./scripts/bench/cpu-profile.cjs"`
 * (Node refuses `--cpu-prof` in NODE_OPTIONS). It profiles only a window the caller chooses, not the
 * server's start: the first SIGUSR2 starts V8's sampling profiler, the second writes the profile to
 * CODEATLAS_CPU_PROFILE (a .cpuprofile that Chrome DevTools opens) and stops it. `npm run bench:load --
 * --profile` sends both signals around a load run and prints where the time went
 * (scripts/bench/cpu-profile-summary.ts). Plain CommonJS: `--require` loads it before any TypeScript loader.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- `--require` loads CommonJS only */
const fs = require("node:fs");
const inspector = require("node:inspector");
/* eslint-enable @typescript-eslint/no-require-imports */

const output = process.env.CODEATLAS_CPU_PROFILE;
if (output) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      session.post("Profiler.enable", () =>
        session.post("Profiler.setSamplingInterval", { interval: 200 }, () =>
          session.post("Profiler.start"),
        ),
      );
      return;
    }
    running = false;
    session.post("Profiler.stop", (error, result) => {
      if (error) console.error(`cpu-profile: ${error.message}`);
      else fs.writeFileSync(output, JSON.stringify(result.profile));
    });
  });
}
