-- debug.sethook/gethook: call, return, line and count hooks.
local events = {}
local function hook(ev, line)
  local info = debug.getinfo(2, "nS")
  events[#events + 1] = ev .. ":" .. tostring(line or info.name or info.what)
end
local function sq(x) return x * x end
local function work()
  local s = 0
  for i = 1, 3 do s = s + sq(i) end
  return s
end
debug.sethook(hook, "crl")
work()
debug.sethook()
print(#events)
print(table.concat(events, " "))
print(debug.gethook())
debug.sethook(hook, "l")
local h, mask, count = debug.gethook()
debug.sethook()
print(h == hook, mask, count)
local n = 0
debug.sethook(function(ev) n = n + 1 end, "", 100)
for i = 1, 1000 do local _ = i * 2 end
debug.sethook()
print(n > 0, select(2, debug.gethook()))
events = {}
debug.sethook(hook, "c")
pcall(error, "x")
debug.sethook()
print(table.concat(events, " "))
local co = coroutine.create(function() local a = 1 coroutine.yield() return a end)
debug.sethook(co, function(ev, l) io.write(ev, l or "", " ") end, "l")
coroutine.resume(co) coroutine.resume(co) print()
print(debug.gethook(co) ~= nil, debug.gethook() == nil)
print(pcall(debug.sethook, 1, 2))
