-- wrk script for the long tail: each request asks for the next address of a list (one per line in the file
-- given after --), each wrk thread starting at its own place, so no two requests in a row ask for the same page.
-- Used by run.sh for "article, long tail": every article of the site in turn, as a crawler walks them.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  index = (offset * 7919) % #paths
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
