-- Line events after calls: natives calling back into Lua, tail calls, metamethods,
-- coroutines, and call hooks on natives (the caller's next instruction reports its line).
local out = {}
local function rec(e, l) out[#out + 1] = l end
local function f(x) return x + 1 end
local mt = {__index = function(t, k) return k end, __add = function(a, b) return 1 end}
local t = setmetatable({}, mt)
local function run(name, fn)
  out = {}
  debug.sethook(rec, "l")
  fn()
  debug.sethook()
  print(name, table.concat(out, " "))
end
run("loop", function() for i = 1, 3 do local y = i end end)
run("call", function() local a = f(1) local b = f(2) end)
run("native", function() local a = math.abs(-1) local b = type(a) end)
run("index", function() local a = t.x local b = t + 1 end)
run("pcall", function() pcall(f, 1) local c = 1 end)
run("pcallerr", function() pcall(error, "x") local c = 1 end)
run("co", function() local co = coroutine.wrap(function() coroutine.yield(1) return 2 end) co() co() end)
run("str", function() local s = ("x"):rep(3) local n = #s end)
run("sort", function() table.sort({3, 2, 1}, function(a, b) return a < b end) end)
run("gsub", function() local s = ("abc"):gsub(".", function(c) return c end) end)
run("tostring", function() local s = tostring(setmetatable({}, {__tostring = function() return "x" end})) end)
run("while", function() local i = 0 while i < 3 do i = i + 1 end end)
