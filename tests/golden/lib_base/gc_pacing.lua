-- collectgarbage("count"/"step") and gcinfo follow allocation and collection
collectgarbage()
local base = collectgarbage("count")
print(base < 1000, gcinfo() == math.floor(collectgarbage("count")))
print(collectgarbage("step")) -- right after a full cycle, one step does not finish one
local n = 1
while not collectgarbage("step") do n = n + 1 end
print(n > 1, n < 1000)
print(collectgarbage("step", 1000000), collectgarbage("step", 1000000))
local t = {}
for i = 1, 100000 do t[i] = { i } end
local mid = collectgarbage("count")
print(mid > base + 1000)
t = nil
collectgarbage()
print(collectgarbage("count") < mid / 2)
-- with the collector stopped the count only grows; restarted, it drops again
collectgarbage()
collectgarbage("stop")
print(collectgarbage("isrunning"))
repeat local a = {} until gcinfo() > 1000
collectgarbage("restart")
print(collectgarbage("isrunning"))
repeat local a = {} until gcinfo() < 1000
print("dropped")
-- steps of more kilobytes finish a cycle in fewer calls
local function dosteps(kb)
  collectgarbage()
  collectgarbage("stop")
  local a = {}
  for i = 1, 100 do a[i] = { {} }; local b = {} end
  local i = 0
  repeat i = i + 1 until collectgarbage("step", kb)
  collectgarbage("restart")
  return i
end
print(dosteps(0) > 1, dosteps(10000) == 1)
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 200))
-- an unreferenced file handle is closed (and flushed) by a collection
local name = os.tmpname()
io.output(name)
io.write("written through the default output")
io.output(io.stdout)
collectgarbage()
print(io.open(name):read("*a"))
os.remove(name)
