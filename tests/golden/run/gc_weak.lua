-- Weak tables and __gc of userdata as collectgarbage() and the end of the program show them.
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local wkv = setmetatable({}, {__mode = "kv"})
local keep = {}
do
  local a, b = {}, {}
  wk[a] = "a"; wk[keep] = "keep"; wk["str"] = {}
  wv[1] = {}; wv[2] = keep; wv.x = "string value"
  wkv[b] = b; wkv[keep] = 1
end
collectgarbage()
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
print(count(wk), count(wv), count(wkv), wk[keep], wv[2] == keep, wv.x)
local order = {}
for i = 1, 3 do
  local p = newproxy(true)
  getmetatable(p).__gc = function() order[#order + 1] = i end
end
collectgarbage()
print(table.concat(order, ","))
local keepp = newproxy(true)
getmetatable(keepp).__gc = function() print("finalized at exit") end
local p2 = newproxy(true)
getmetatable(p2).__gc = function(u) print("gc of", type(u)) end
p2 = nil
collectgarbage("collect")
print("end")
-- Objects made inside functions that returned are garbage; reachable ones stay.
local cache = setmetatable({}, {__mode = "v"})
local function fill()
  for i = 1, 5 do cache[i] = {i} end
  cache.kept = keep
  cache.fn = function() end
end
fill()
local held = cache[3]
collectgarbage()
print(cache[1], cache[3] == held, cache.kept == keep, cache.fn)
local reg = setmetatable({}, {__mode = "k"})
local function make() local k = {} reg[k] = "v" return k end
local k1 = make()
make()
collectgarbage()
print(count(reg), reg[k1])
