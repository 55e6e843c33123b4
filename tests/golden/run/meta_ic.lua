-- Method lookups through __index chains stay right while the chain changes under hot loops
local Base = {}
Base.__index = Base
function Base.name() return "base" end
function Base:get() return self.v end

local Derived = setmetatable({}, Base)
Derived.__index = Derived

local objs = {}
for i = 1, 5 do objs[i] = setmetatable({ v = i }, Derived) end

local function run(n)
  local out = {}
  for i = 1, n do
    local o = objs[(i % 5) + 1]
    out[#out + 1] = o.name() .. ":" .. tostring(o:get())
  end
  return table.concat(out, " ", n - 3, n)
end

print(run(200))
-- override in the derived table
function Derived.name() return "derived" end
print(run(200))
-- remove the override again
Derived.name = nil
print(run(200))
-- rawset into the base
rawset(Base, "name", function() return "rawbase" end)
print(run(200))
-- change the base's __index to a function
Base.__index = function(t, k)
  if k == "name" then return function() return "fn" end end
  return rawget(Base, k)
end
print(run(200))
-- back to a table, through debug.setmetatable on the derived table
Base.__index = Base
debug.setmetatable(Derived, { __index = { name = function() return "dbg" end, get = Base.get } })
print(run(200))
-- a per-object field shadows the chain
objs[3].name = function() return "own" end
print(run(200))
objs[3].name = nil
print(run(200))
-- table.clear-like emptying of the chain via pairs
for k in pairs(Base) do Base[k] = nil end
local mt = getmetatable(Derived)
mt.__index.name = function() return "again" end
print(run(200))

-- changing the metatable of one object in the middle of a hot loop
local A = { __index = { f = function() return "A" end } }
local B = { __index = { f = function() return "B" end } }
local t = setmetatable({}, A)
local acc = {}
for i = 1, 300 do
  if i == 150 then setmetatable(t, B) end
  if i == 250 then setmetatable(t, nil); t.f = function() return "own" end end
  acc[#acc + 1] = t.f()
end
print(acc[1], acc[149], acc[150], acc[249], acc[250], acc[300])

-- the __index table gains and loses the key while hot
local proto = {}
local inst = setmetatable({}, { __index = proto })
local seen = {}
for i = 1, 300 do
  if i == 100 then proto.x = 1 end
  if i == 200 then proto.x = nil end
  if i == 250 then proto.x = "late" end
  seen[#seen + 1] = tostring(inst.x)
end
print(seen[99], seen[100], seen[199], seen[200], seen[249], seen[250])

-- many shapes through one site
local shapes = {}
for i = 1, 40 do
  local o = setmetatable({}, Derived)
  o["k" .. i] = i
  shapes[i] = o
end
local cnt = 0
for r = 1, 20 do
  for i = 1, 40 do if shapes[i]["k" .. i] == i then cnt = cnt + 1 end end
end
print(cnt)

-- __newindex chains while hot
local store = {}
local prox = setmetatable({}, { __newindex = store, __index = store })
for i = 1, 200 do prox.val = i end
print(rawget(prox, "val"), store.val, prox.val)
getmetatable(prox).__newindex = nil
for i = 1, 200 do prox.val = -i end
print(rawget(prox, "val"), store.val, prox.val)

-- debug.setmetatable on a table inside a cached chain
local P1 = { who = function() return "p1" end }
local P2 = { who = function() return "p2" end }
local mid = setmetatable({}, { __index = P1 })
local leaf = setmetatable({}, { __index = mid })
local r = {}
for i = 1, 200 do
  if i == 100 then debug.setmetatable(mid, { __index = P2 }) end
  r[#r + 1] = leaf.who()
end
print(r[99], r[100], r[200])

-- stores: nil placeholders of constructors, __newindex on nil slots, new keys in a loop
local log = {}
local function mk(x) return { x = x, y = x } end
local nmt = { __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end }
for i = 1, 120 do
  local t = mk(nil)
  if i % 3 == 0 then setmetatable(t, nmt) end
  t.x = i
  t.y = nil
  t.y = i * 2
  if t.x + t.y ~= 3 * i then print("bad", i) end
end
print(#log, log[1], log[2], log[#log])
local built = {}
for i = 1, 200 do
  local t = {}
  t.a = i
  t.b = i + 1
  if i % 2 == 0 then t.c = i + 2 end
  t.d = i + 3
  t.a = nil
  t.e = i + 4
  built[i] = t
end
local sum = 0
for i = 1, 200 do
  local t = built[i]
  sum = sum + (t.a or 0) + t.b + (t.c or 0) + t.d + t.e
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  sum = sum + n
end
print(sum)
-- a table that is someone's metatable gets new keys from hot code
local pm = {}
local pobj = setmetatable({}, pm)
local got = {}
for i = 1, 200 do
  if i == 100 then pm.__index = function(_, k) return "idx:" .. k end end
  if i == 150 then pm.__index = nil end
  got[#got + 1] = tostring(pobj.q)
end
print(got[99], got[100], got[149], got[150])
