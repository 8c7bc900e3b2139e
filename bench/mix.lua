-- The uncached mix of issue 13 for wrk: every request a different address, from a fixed random seed.
--   35% filing pages by random id, 25% member x year lists at random pages, 10% office lists at random
--   (deep) pages, 15% title searches for common words, 15% IPC filters.
-- Usage (bench/run.sh does this): wrk -t2 -c16 -d60s --latency -s bench/mix.lua URL -- DATA.lua
-- DATA.lua (written by bench/run.sh from the database) defines:
--   ids = { published filing ids }, member_years = { {"baidu", 2019, pages}, ... },
--   offices = { {"WO", pages}, ... }
-- Each thread seeds Lua's generator with 20200420 + its number, so a run asks the same addresses in the
-- same order; "n=<thread>-<count>" makes every address one the page cache has not seen.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local words = { "method", "vehicle", "neural", "lane", "speech", "recognition", "image", "network",
  "learning", "storage", "pedestrian", "refrigerator", "parcels", "temperature", "translation", "robots" }
local ipcs = { "G06N", "G06T", "G06F", "G10L", "B60W", "G06V", "H04L", "G06Q", "H04W", "G05D", "G08G",
  "G06N 3/08", "G06F 40/30", "G10L 15/22" }

local count = 0

local only = nil

function init(args)
  dofile(args[1])
  only = args[2]   -- optional: one kind only (detail, member, office, text, ipc), to see what each costs
  math.randomseed(20200420 + thread_number)
end

local function pick(list)
  return list[math.random(#list)]
end

local function page_of(pages)
  if pages <= 1 then return 0 end
  return math.random(pages) - 1
end

function request()
  count = count + 1
  local roll = math.random(100)
  if only == "detail" then roll = 1 elseif only == "member" then roll = 50 elseif only == "office" then roll = 65
  elseif only == "text" then roll = 80 elseif only == "ipc" then roll = 90 end
  local path
  if roll <= 35 then
    path = "/filings/" .. pick(ids) .. "?"
  elseif roll <= 60 then
    local my = pick(member_years)
    path = "/filings?member=" .. my[1] .. "&year=" .. my[2] .. "&page=" .. page_of(my[3]) .. "&"
  elseif roll <= 70 then
    local o = pick(offices)
    path = "/filings?office=" .. o[1] .. "&page=" .. page_of(o[2]) .. "&"
  elseif roll <= 85 then
    path = "/filings?q=" .. pick(words) .. "&"
  else
    path = "/filings?ipc=" .. string.gsub(pick(ipcs), " ", "%%20") .. "&"
  end
  return wrk.format("GET", path .. "n=" .. thread_number .. "-" .. count)
end
