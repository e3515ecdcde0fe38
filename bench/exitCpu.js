/* Preloaded with `node -r`: prints this process's whole CPU time (start-up included) when it exits. */
process.on("exit", () => {
  const u = process.cpuUsage();
  process.stderr.write(`\n@@cpu ${(u.user + u.system) / 1e3}\n`);
});
