-- Line events with call hooks: Lua callees and natives.
local out = {}
local function rec(e, l) if e == "line" then out[#out + 1] = l end end
local function f(x) return x end
local function fv(...) return ... end
local function run(name, fn, mask, cnt)
  out = {}
  debug.sethook(rec, mask or "l", cnt)
  fn()
  debug.sethook()
  print(name, table.concat(out, " "))
end
run("l", function() local a = f(1) local b = f(2) end, "l")
run("cl", function() local a = f(1) local b = f(2) end, "cl")
run("rl", function() local a = f(1) local b = f(2) end, "rl")
run("l1", function() local a = f(1) local b = f(2) end, "l", 1)
run("l7", function() local a = f(1) local b = f(2) end, "l", 7)
run("cln", function() local a = type(1) local b = type(2) end, "cl")
run("ln", function() local a = type(1) local b = type(2) end, "l", 1)
run("rep", function() local a = ("x"):rep(2) local b = ("ab"):upper() end, "cl")
run("conv", function() local a = tostring(1) local b = tostring("s") local c = tostring({}) end, "cl")
run("num", function() local a = tonumber(1) local b = tonumber("2") local c = string.format("%d", 3) end, "cl")
run("co", function() local w = coroutine.wrap(function() return 1 end) local c = w() end, "cl")
