-- One wrk scenario, configured through the environment by scripts/load-test.sh:
--   LOAD_METHOD        GET (default), POST or PATCH
--   LOAD_PATH          request path; `{id}` is replaced by this thread's id from LOAD_IDS
--   LOAD_TOKEN         bearer token (optional)
--   LOAD_BODY_FILE     file with the request body (optional)
--   LOAD_IDS           comma-separated ids, one per wrk thread (optional)
--   LOAD_VERSION_BODY  if set, the body is {"version": V, "content": <LOAD_BODY_FILE>} where V is
--                      the version of the last response on this thread; run with -t equal to -c so
--                      that a thread is one connection and its saves follow each other.
-- Every status is counted; done() prints one line `LOAD_RESULT key=value ...` for the script's table.

local threads = {}
local next_thread = 0

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

local function split_ids(text)
  local ids = {}
  for id in string.gmatch(text or "", "[^,]+") do
    table.insert(ids, id)
  end
  return ids
end

function setup(thread)
  next_thread = next_thread + 1
  local ids = split_ids(os.getenv("LOAD_IDS"))
  if #ids > 0 then
    thread:set("thread_id", ids[((next_thread - 1) % #ids) + 1])
  end
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  method = os.getenv("LOAD_METHOD") or "GET"
  path = os.getenv("LOAD_PATH") or "/"
  if thread_id then
    path = string.gsub(path, "{id}", thread_id)
  end
  headers = {}
  local token = os.getenv("LOAD_TOKEN")
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  local body_file = os.getenv("LOAD_BODY_FILE")
  body = nil
  if body_file and body_file ~= "" then
    body = read_file(body_file)
    headers["Content-Type"] = "application/json"
  end
  track_version = (os.getenv("LOAD_VERSION_BODY") or "") ~= ""
  content = body
  version = 1
  fixed_request = wrk.format(method, path, headers, body)
end

function request()
  if track_version then
    return wrk.format(method, path, headers,
      '{"version":' .. version .. ',"content":' .. content .. '}')
  end
  return fixed_request
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if track_version and body then
    -- The application's own version; `organisation`, earlier in the body, has one of its own.
    local seen = string.match(body, '"state":"[%a_]+","version":(%d+)')
    if seen then
      version = tonumber(seen)
    end
  end
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local seen = thread:get("statuses") or {}
    for status, count in pairs(seen) do
      counts[status] = (counts[status] or 0) + count
    end
  end
  local keys = {}
  for status in pairs(counts) do
    table.insert(keys, status)
  end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do
    table.insert(parts, status .. ":" .. counts[status])
  end
  local e = summary.errors
  io.write(string.format(
    "LOAD_RESULT requests=%d duration_us=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "socket_errors=%d timeouts=%d statuses=%s\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write, e.timeout, table.concat(parts, ",")))
end
