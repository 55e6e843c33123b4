-- Yields from metamethods, iterators, pcall and callbacks: allowed where LuaJIT allows them.
local Y = coroutine.yield
local mt = {
  __index = function(t, k) return Y("idx " .. k) end,
  __newindex = function(t, k, v) Y("nidx " .. k) rawset(t, k, v) end,
  __add = function(a, b) return Y("add") end,
  __concat = function(a, b) return Y("cat") end,
  __eq = function(a, b) return Y("eq") end,
  __lt = function(a, b) return Y("lt") end,
  __le = function(a, b) return Y("le") end,
  __call = function(self, x) return Y("call " .. tostring(x)) end,
  __len = function() return Y("len") end,
  __unm = function() return Y("unm") end,
  __tostring = function() return Y("tostr") end,
}
local function run(name, f)
  local co = coroutine.create(f)
  local res = { coroutine.resume(co) }
  local n = 0
  while coroutine.status(co) == "suspended" and n < 5 do
    n = n + 1
    res = { coroutine.resume(co, "R" .. n) }
    if not res[1] then break end
  end
  print(name, coroutine.status(co), unpack(res))
end
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
run("index", function() return a.x end)
run("newindex", function() a.y = 1 return rawget(a, "y") end)
run("add", function() return a + 1 end)
run("concat", function() return "s" .. a .. "t" end)
run("eq", function() return a == b end)
run("lt", function() return a < b end)
run("le", function() return a <= b end)
run("call", function() return a(5) end)
run("len", function() return #a end)
run("unm", function() return -a end)
run("tostring", function() return tostring(a) end)
run("pcall", function() return pcall(function() return Y("inpcall") end) end)
run("xpcall", function() return xpcall(function() return Y("inxpcall") end, print) end)
run("sort", function() local t = {3, 1, 2} table.sort(t, function(x, y) Y("cmp") return x < y end) return t[1] end)
run("gsub", function() return (("abc"):gsub("b", function() return Y("gs") end)) end)
run("iter", function() local s = 0 for k, v in function(_, i) i = (i or 0) + 1 if i <= 2 then return i, Y("it") end end do s = s + k end return s end)
run("pairs mm", function() local t = setmetatable({}, {__index = function() return Y("pidx") end}) return t[1] end)
run("wrap in wrap", function() local w = coroutine.wrap(function() Y("inner") return "iv" end) return w(), w() end)
run("error after yield", function() Y("before") error("err!") end)
run("nested pcall yield error", function() return pcall(function() Y("p1") error({}) end) end)
run("select yield", function() return select(2, Y("sel")) end)
run("tail", function() return (function() return Y("tail") end)() end)
run("load", function() return load(function() return Y("ld") end) end)
run("dofile-like", function() return require("nonexist" .. Y("req")) end)
