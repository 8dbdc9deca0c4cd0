-- One wrk scenario, configured through the environment by scripts/load-test.sh:
--   LOAD_METHOD        GET (default), POST or PATCH
--   LOAD_PATH          request path; `{id}` is replaced by this thread's id from LOAD_IDS
--   LOAD_TOKEN         bearer token (optional)
--   LOAD_BODY_FILE     file with the request body (optional)
--   LOAD_IDS           comma-separated ids, one per wrk thread (optional; see LOAD_IDS_ONCE)
--   LOAD_IDS_FILE      file with more ids (comma- or newline-separated), added to LOAD_IDS: for
--                      lists too long for the environment
--   LOAD_IDS_ONCE      if set, each id in LOAD_IDS is used by exactly one request: the ids are
--                      dealt out to the threads (LOAD_THREADS of them) and each request takes the
--                      next one of its thread. A thread whose ids run out stops and done() reports
--                      `ids_ran_out`; size the run so that this does not happen (wrk still divides
--                      by the whole duration, so such a row's req/s is too low). `ids_used`
--                      counts one request that wrk builds at start-up to check the script and
--                      never sends, so it is one more than the requests sent.
--   LOAD_IDS_CYCLE     if set, each request takes the next id of LOAD_IDS (all threads cycle
--                      through the whole list): e.g. the organisations the ceiling submits for
--   LOAD_COOKIE        Cookie header (pages sign in with the session cookie)
--   LOAD_DELAY_MS      pause before each request on a connection, 75–125% of this (an editor's
--                      autosave every few seconds rather than as fast as possible)
--   LOAD_OK_IDS_FILE   if set, the `"application_id":N` of every 2xx answer is written there, one a
--                      line, so that the script can count them in the database afterwards
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
  for id in string.gmatch(text or "", "[^,%s]+") do
    table.insert(ids, id)
  end
  return ids
end

local function all_ids()
  local text = os.getenv("LOAD_IDS") or ""
  local file = os.getenv("LOAD_IDS_FILE")
  if file and file ~= "" then
    text = text .. "," .. read_file(file)
  end
  return split_ids(text)
end

local once = (os.getenv("LOAD_IDS_ONCE") or "") ~= ""
local cycle = (os.getenv("LOAD_IDS_CYCLE") or "") ~= ""

function setup(thread)
  next_thread = next_thread + 1
  local ids = all_ids()
  if once or cycle then
    thread:set("thread_no", next_thread)
  elseif #ids > 0 then
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
  local cookie = os.getenv("LOAD_COOKIE")
  if cookie and cookie ~= "" then
    headers["Cookie"] = cookie
  end
  delay_ms = tonumber(os.getenv("LOAD_DELAY_MS") or "")
  keep_ok_ids = (os.getenv("LOAD_OK_IDS_FILE") or "") ~= ""
  ok_ids = {}
  if cycle then
    cycle_ids = all_ids()
    cycle_next = thread_no
    template = path
  end
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
  used = 0
  ran_out = 0
  if once then
    -- This thread's share: ids number thread_no, thread_no + LOAD_THREADS, ...
    local total = tonumber(os.getenv("LOAD_THREADS") or "")
    assert(total and total >= 1, "LOAD_IDS_ONCE needs LOAD_THREADS")
    own_ids = {}
    for i, id in ipairs(all_ids()) do
      if (i - 1) % total == thread_no - 1 then
        table.insert(own_ids, id)
      end
    end
    template = path
  end
end

function request()
  if cycle then
    local id = cycle_ids[((cycle_next - 1) % #cycle_ids) + 1]
    cycle_next = cycle_next + 1
    return wrk.format(method, string.gsub(template, "{id}", id), headers, body)
  end
  if once then
    if used >= #own_ids then
      -- Out of ids: stop this thread. The request returned here may still go out; it repeats
      -- the last id (a 200) and the row is marked invalid by the script anyway.
      ran_out = 1
      wrk.thread:stop()
      return wrk.format(method, string.gsub(template, "{id}", own_ids[#own_ids] or "0"), headers, body)
    end
    used = used + 1
    return wrk.format(method, string.gsub(template, "{id}", own_ids[used]), headers, body)
  end
  if track_version then
    return wrk.format(method, path, headers,
      '{"version":' .. version .. ',"content":' .. content .. '}')
  end
  return fixed_request
end

if (os.getenv("LOAD_DELAY_MS") or "") ~= "" then
  function delay()
    return math.floor(delay_ms * (0.75 + 0.5 * math.random()))
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if keep_ok_ids and status >= 200 and status < 300 and body then
    local id = string.match(body, '"application_id":(%d+)')
    if id then
      table.insert(ok_ids, id)
    end
  end
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
  local ids_used, ids_ran_out = 0, 0
  for _, thread in ipairs(threads) do
    local seen = thread:get("statuses") or {}
    for status, count in pairs(seen) do
      counts[status] = (counts[status] or 0) + count
    end
    ids_used = ids_used + (thread:get("used") or 0)
    ids_ran_out = ids_ran_out + (thread:get("ran_out") or 0)
  end
  local ok_file = os.getenv("LOAD_OK_IDS_FILE")
  if ok_file and ok_file ~= "" then
    local out = assert(io.open(ok_file, "w"))
    for _, thread in ipairs(threads) do
      for _, id in ipairs(thread:get("ok_ids") or {}) do
        out:write(id, "\n")
      end
    end
    out:close()
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
    "socket_errors=%d timeouts=%d ids_used=%d ids_ran_out=%d statuses=%s\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write, e.timeout, ids_used, ids_ran_out, table.concat(parts, ",")))
end
