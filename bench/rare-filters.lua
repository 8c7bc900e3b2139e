-- Title searches whose filters are rarely asked twice, for wrk: two words of the mix's list, a year, a legal status
-- and a licence filter (16 x 16 x 7 x 4 x 3 = 21,504 combinations), so that most requests find no counts kept
-- from an earlier one (FilingIndex keeps each list's months while the index does not change). The other side of
-- bench/mix.lua, whose filters repeat as a visitor's paging does.
-- Usage: wrk -t2 -c8 -d30s --latency -s bench/rare-filters.lua URL [-- SEED]
--   SEED (default 0) moves the fixed random sequence: warm up with another seed than the measured run's, or the
--   warm-up asks the very filters the run then asks.
local words = { "method", "vehicle", "neural", "lane", "speech", "recognition", "image", "network",
  "learning", "storage", "pedestrian", "refrigerator", "parcels", "temperature", "translation", "robots" }
local statuses = { "FILED", "PUBLISHED", "GRANTED", "" }
local opens = { "true", "false", "" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local count = 0

function init(args)
  math.randomseed(20200420 + thread_number + 1000 * tonumber(args[1] or "0"))
end

local function pick(list)
  return list[math.random(#list)]
end

function request()
  count = count + 1
  local path = "/filings?q=" .. pick(words) .. "%20" .. pick(words) .. "&year=" .. (2015 + math.random(7))
    .. "&status=" .. pick(statuses) .. "&open=" .. pick(opens) .. "&n=" .. thread_number .. "-" .. count
  return wrk.format("GET", path)
end
