-- Line events around tail calls, varargs, __call, iterators and nested calls, with
-- call, return and count hooks.
local out = {}
local function rec(e, l) out[#out + 1] = l end
local function f(x) return x end
local function fv(...) return ... end
local function ft(...) return fv(...) end
local function fs(...) return select('#', ...) end
local mt = {__call = function(self, ...) return select('#', ...) end}
local obj = setmetatable({}, mt)
local function multi(a,
  b)
  return a, b
end
local function run(name, fn, mask, cnt)
  out = {}
  debug.sethook(rec, mask or "l", cnt)
  fn()
  debug.sethook()
  print(name, table.concat(out, " "))
end
run("tail", function() local a = ft(1, 2) local b = ft(3) end)
run("vararg", function() local a = fv(1, 2) local b = fs(3) end)
run("callmeta", function() local a = obj(1, 2) local b = obj() end)
run("select", function() local a = select('#', 1, 2) local b = select(2, 1, 2) end)
run("unpack", function() local a = unpack({1, 2}) local b = tostring(a) end)
run("fmt", function() local a = string.format("%d", 1) local b = ("x"):format() end)
run("multi", function() local a, b = multi(1, 2) local c = multi(a, b) end)
run("pairs", function() for k, v in pairs({1, 2}) do local c = k end end)
run("ipairs", function() for k, v in ipairs({1, 2}) do local c = k end end)
run("next", function() for k, v in next, {1, 2} do local c = k end end)
run("closure", function() local g = function() return 1 end local c = g() end)
run("wrapargs", function() local w = coroutine.wrap(function(...) return ... end) local c = w(1, 2) end)
run("nested", function() local c = f(f(f(1))) local d = fv(fs(1, 2), fv(3)) end)
run("count", function() local c = f(f(f(1))) local d = fv(fs(1, 2), fv(3)) end, "crl", 7)
run("count2", function() for i = 1, 10 do local c = f(i) end end, "", 3)
