-- wrk script for the read beacon: every request is a different reader (its own X-Forwarded-For) and carries
-- the read token of the article's rendered page (run.sh takes it from the page), so every hit must be counted.
-- Each thread sends exactly `quota` real hits, then hits for id 0, which the node answers but never counts;
-- done() prints how many real hits were sent, to compare with the database.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

function init(args)
  quota = tonumber(args[1])
  article = args[2]
  token = args[3] or ""
  -- run.sh's round: each round's readers are others (a reader reading again within 30 minutes is not counted)
  round = tonumber(args[4] or "0")
  -- wrk calls request() once on its first thread before the run, to check the script (script_verify_request),
  -- and never sends that request: start that thread one lower so the check does not count as a hit.
  sent = (tid == 1) and -1 or 0
end

local function hit(id, reader)
  return wrk.format("POST", "/hit", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = reader,
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) bench"
  }, "id=" .. id .. "&token=" .. token)
end

function request()
  if sent < quota then
    sent = sent + 1
    return hit(article, string.format("%d.%d.%d.%d", 10 + tid + 10 * round, math.floor(sent / 65536) % 256,
      math.floor(sent / 256) % 256, sent % 256))
  end
  return hit(0, "198.51.100.1")
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("sent")
  end
  io.write(string.format("beacon hits sent: %d\n", total))
end
