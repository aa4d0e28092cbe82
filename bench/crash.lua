-- wrk script for bench/crash.sh: every hit is a different reader (its own X-Forwarded-For; the third argument, the
-- run, keeps readers of one run apart from the last run's) with the article page's read token. done() prints how
-- many hits the node answered 2xx: those are the reads it acknowledged, to compare with the database.
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
end

function init(args)
  article = args[1]
  token = args[2]
  run = tonumber(args[3])
  sent = 0
end

function request()
  sent = sent + 1
  return wrk.format("POST", "/hit", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = string.format("%d.%d.%d.%d", 10 * run + tid, math.floor(sent / 65536) % 256,
      math.floor(sent / 256) % 256, sent % 256),
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) crash"
  }, "id=" .. article .. "&token=" .. token)
end

function done(summary, latency, requests)
  io.write(string.format("acknowledged: %d\n", summary.requests - summary.errors.status))
end
