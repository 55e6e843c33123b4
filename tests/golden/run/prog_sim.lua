-- A discrete-event simulation: processes are coroutines, the event queue a binary heap,
-- resources with waiting queues, a deterministic random generator, and statistics.

-- Deterministic random numbers (a linear congruential generator in doubles).
local Random = {}
Random.__index = Random
function Random.new(seed) return setmetatable({ state = seed }, Random) end
function Random:next()
  self.state = (self.state * 1103515245 + 12345) % 2147483648
  return self.state / 2147483648
end
function Random:exp(mean) return -mean * math.log(1 - self:next()) end
function Random:int(lo, hi) return lo + math.floor(self:next() * (hi - lo + 1)) end

-- Binary heap ordered by (time, sequence number).
local Heap = {}
Heap.__index = Heap
function Heap.new() return setmetatable({ n = 0, seq = 0 }, Heap) end
local function before(a, b) return a.time < b.time or (a.time == b.time and a.seq < b.seq) end
function Heap:push(item)
  self.seq = self.seq + 1
  item.seq = self.seq
  local n = self.n + 1
  self.n = n
  self[n] = item
  while n > 1 do
    local p = math.floor(n / 2)
    if not before(self[n], self[p]) then break end
    self[n], self[p] = self[p], self[n]
    n = p
  end
end
function Heap:pop()
  if self.n == 0 then return nil end
  local top = self[1]
  self[1] = self[self.n]
  self[self.n] = nil
  self.n = self.n - 1
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= self.n and before(self[l], self[m]) then m = l end
    if r <= self.n and before(self[r], self[m]) then m = r end
    if m == i then break end
    self[i], self[m] = self[m], self[i]
    i = m
  end
  return top
end

-- The simulator: processes yield requests ("wait", dt) or ("acquire", res) / ("release").
local Sim = {}
Sim.__index = Sim
function Sim.new() return setmetatable({ now = 0, queue = Heap.new(), log = {}, active = 0 }, Sim) end

function Sim:schedule(proc, time, value)
  self.queue:push({ time = time, proc = proc, value = value })
end

function Sim:spawn(name, fn, ...)
  local args = { ... }
  local proc = { name = name }
  proc.co = coroutine.create(function() return fn(self, proc, unpack(args)) end)
  self.active = self.active + 1
  self:schedule(proc, self.now)
  return proc
end

function Sim:step(proc, value)
  local ok, req, arg = coroutine.resume(proc.co, value)
  if not ok then
    self.log[#self.log + 1] = string.format("%8.3f %s failed: %s", self.now, proc.name, tostring(req))
    self.active = self.active - 1
    return
  end
  if coroutine.status(proc.co) == "dead" then
    self.active = self.active - 1
    return
  end
  if req == "wait" then
    self:schedule(proc, self.now + arg)
  elseif req == "acquire" then
    arg:acquire(self, proc)
  else
    error("bad request " .. tostring(req))
  end
end

function Sim:run(limit)
  local steps = 0
  while true do
    local ev = self.queue:pop()
    if not ev or ev.time > limit then break end
    self.now = ev.time
    steps = steps + 1
    self:step(ev.proc, ev.value)
  end
  return steps
end

-- A resource with a capacity and a FIFO of waiting processes.
local Resource = {}
Resource.__index = Resource
function Resource.new(name, capacity)
  return setmetatable({ name = name, capacity = capacity, busy = 0, waiting = {}, head = 1,
    waits = 0, totalWait = 0, maxQueue = 0 }, Resource)
end
function Resource:acquire(sim, proc)
  if self.busy < self.capacity then
    self.busy = self.busy + 1
    sim:schedule(proc, sim.now, 0)
  else
    self.waiting[#self.waiting + 1] = { proc = proc, since = sim.now }
    local q = #self.waiting - self.head + 1
    if q > self.maxQueue then self.maxQueue = q end
  end
end
function Resource:release(sim)
  local w = self.waiting[self.head]
  if w then
    self.waiting[self.head] = nil
    self.head = self.head + 1
    local waited = sim.now - w.since
    self.waits = self.waits + 1
    self.totalWait = self.totalWait + waited
    sim:schedule(w.proc, sim.now, waited)
  else
    self.busy = self.busy - 1
  end
end

-- The model: customers arrive at a bank with tellers; some give up, some fail.
local rng = Random.new(2024)
local sim = Sim.new()
local tellers = Resource.new("tellers", 3)
local served, gaveUp = 0, 0
local serviceTimes = {}

local function customer(s, me, id, patience)
  local waited = coroutine.yield("acquire", tellers)
  if waited > patience then
    gaveUp = gaveUp + 1
    tellers:release(s)
    return
  end
  local t = rng:exp(4)
  serviceTimes[#serviceTimes + 1] = t
  coroutine.yield("wait", t)
  if id % 97 == 0 then
    tellers:release(s)
    error("customer " .. id .. " dropped the cash")
  end
  served = served + 1
  tellers:release(s)
end

sim:spawn("arrivals", function(s, me)
  for id = 1, 400 do
    coroutine.yield("wait", rng:exp(1.5))
    s:spawn("customer" .. id, customer, id, rng:int(2, 12))
  end
end)

local steps = sim:run(10000)
print("steps", steps, "now", string.format("%.3f", sim.now), "active", sim.active)
print("served", served, "gave up", gaveUp)
print("waits", tellers.waits, string.format("avg wait %.4f", tellers.totalWait / math.max(1, tellers.waits)),
  "max queue", tellers.maxQueue)
for _, line in ipairs(sim.log) do print(line) end

-- Statistics of the service times.
table.sort(serviceTimes)
local sum, sq = 0, 0
for _, t in ipairs(serviceTimes) do
  sum = sum + t
  sq = sq + t * t
end
local n = #serviceTimes
local mean = sum / n
print(string.format("n=%d mean=%.4f sd=%.4f min=%.4f median=%.4f max=%.4f", n, mean,
  math.sqrt(sq / n - mean * mean), serviceTimes[1], serviceTimes[math.floor(n / 2)], serviceTimes[n]))

-- A histogram drawn with string.rep.
local buckets = {}
for _, t in ipairs(serviceTimes) do
  local b = math.min(9, math.floor(t / 2))
  buckets[b] = (buckets[b] or 0) + 1
end
for b = 0, 9 do
  local c = buckets[b] or 0
  print(string.format("%2d-%-2d %4d %s", b * 2, b * 2 + 2, c, string.rep("#", math.floor(c / 4))))
end

-- The heap alone: sorting by pushing and popping.
local h = Heap.new()
for i = 1, 50 do h:push({ time = rng:int(1, 20) }) end
local out, last, ok = {}, -1, true
while true do
  local e = h:pop()
  if not e then break end
  if e.time < last then ok = false end
  last = e.time
  out[#out + 1] = e.time
end
print(ok, #out, table.concat(out, " ", 1, 10))
