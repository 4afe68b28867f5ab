-- One closed-loop scenario for wrk, counting every answer that is not the expected status.
--
--   wrk -t1 -c16 -d20s -s bench/wrk/scenario.lua http://127.0.0.1:PORT -- MODE PATH [BODY_FILE]
--
-- MODE: post (expects 201), get (expects 200), create+checkout (expects 201 for both: creates a cart
-- at PATH, then checks out a cart that a create answered; run it with -t1, the queue is per thread).
-- Prints one line "CLOSED key=value ..." that bench/run reads.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

unexpected = 0            -- global: done() reads it from every thread
local mode, path, expected, fixed
local created = {}        -- create+checkout: cart ids waiting for their checkout

local function headers()
   return { ["Authorization"] = "Bearer bench", ["Content-Type"] = "application/json" }
end

local function read_file(name)
   local file = assert(io.open(name, "rb"))
   local text = file:read("*a")
   file:close()
   return text
end

function init(args)
   mode, path = args[1], args[2]
   if mode == "get" then
      expected = 200
      fixed = wrk.format("GET", path, headers(), "")
   elseif mode == "post" or mode == "create+checkout" then
      expected = 201
      fixed = wrk.format("POST", path, headers(), args[3] and read_file(args[3]) or "")
   else
      error("unknown mode " .. tostring(mode) .. " (post, get, create+checkout)")
   end
end

function request()
   if #created > 0 then
      return wrk.format("POST", path .. "/" .. table.remove(created, 1) .. "/checkout", headers(), "")
   end
   return fixed
end

function response(status, headers, body)
   if status ~= expected then
      unexpected = unexpected + 1
   elseif mode == "create+checkout" then
      -- a cart starts with its id; a checkout result starts with its orders
      local id = body:match('^{"id":"([^"]+)"')
      if id then
         table.insert(created, id)
      end
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("unexpected")
   end
   local e = summary.errors
   io.write(string.format(
      "CLOSED requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d unexpected=%d"
         .. " socket_errors=%d timeouts=%d\n",
      summary.requests, summary.duration, summary.requests / summary.duration * 1e6,
      latency:percentile(50), latency:percentile(99), latency.max, bad,
      e.connect + e.read + e.write, e.timeout))
end
