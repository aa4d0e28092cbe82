-- wrk script for bench/cluster.sh: read beacons through the load balancer, every hit a different reader (its own
-- X-Forwarded-For, which haproxy extends and the node believes from loopback) with the article page's read token,
-- paced by `pause` ms per connection so that the machine keeps room for the nodes' flushes. done() prints how many
-- hits were answered 2xx: those are the reads the cluster acknowledged, to compare with the database.
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
end

function init(args)
  article = args[1]
  token = args[2]
  pause = tonumber(args[3])
  sent = 0
end

function delay()
  return pause
end

function request()
  sent = sent + 1
  return wrk.format("POST", "/hit", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", 100 + tid, math.floor(sent / 256) % 256, sent % 256),
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) cluster"
  }, "id=" .. article .. "&token=" .. token)
end

function done(summary, latency, requests)
  io.write(string.format("acknowledged: %d\n", summary.requests - summary.errors.status))
end
