-- wrk reporter: prints one JSON line that bench/run.py parses.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, ' ..
    '"mean_us": %.1f, "non_2xx_3xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.mean, e.status, e.connect + e.read + e.write + e.timeout))
end
