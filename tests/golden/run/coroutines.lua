-- Coroutines: values in and out, status, wrap, yield across pcall and metamethods,
-- errors, nesting, and the C-call boundary.
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c, d = coroutine.yield(a + b, a - b)
  print("resumed", c, d)
  local e = coroutine.yield()
  print("again", e)
  return "done", 1, 2
end)
print(coroutine.status(co))
print(coroutine.resume(co, 5, 3))
print(coroutine.status(co))
print(coroutine.resume(co, "x", "y"))
print(coroutine.resume(co, nil))
print(coroutine.status(co))
print(coroutine.resume(co))
-- Generators with wrap.
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local s = 0
for v in gen(10) do s = s + v end
print(s)
-- Yield across pcall, and errors caught inside the coroutine.
local co2 = coroutine.create(function()
  local ok, v = pcall(function()
    local x = coroutine.yield("in pcall")
    error("after " .. x)
  end)
  coroutine.yield(ok, v)
  local ok2, v2 = pcall(coroutine.yield, "direct")
  return ok2, v2
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "resume"))
print(coroutine.resume(co2))
print(coroutine.resume(co2, "last"))
print(coroutine.status(co2))
-- Yield inside metamethods called by the VM.
local mt = {__index = function(t, k) return coroutine.yield("index " .. k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("cat") end,
  __eq = function(a, b) return coroutine.yield("eq") end}
local co3 = coroutine.wrap(function()
  local t = setmetatable({}, mt)
  local u = setmetatable({}, mt)
  print("got", t.key)
  print("sum", t + 1)
  print("lt", t < u)
  print("cat", t .. "s")
  print("eq", t == u)
  return "end"
end)
print(co3())
print(co3("v1"))
print(co3(42))
print(co3(false))
print(co3("C"))
print(co3(1))
-- Yield through a tail-called tostring metamethod is allowed; print is a C boundary.
local ts = setmetatable({}, {__tostring = function() return coroutine.yield("ts") end})
local co4 = coroutine.wrap(function() return tostring(ts) end)
print(co4())
print(co4("converted"))
local co5 = coroutine.create(function() print(ts) end)
print(coroutine.resume(co5))
-- Errors: in the body, with non-string values, in wrap (position added by the caller).
local co6 = coroutine.create(function() local x = nil; return x.field end)
print(coroutine.resume(co6))
print(coroutine.status(co6), coroutine.resume(co6))
local co7 = coroutine.create(function() error({code = 7}) end)
local ok, e = coroutine.resume(co7)
print(ok, type(e), e.code)
local w = coroutine.wrap(function() error("wrapped") end)
print(pcall(w))
local w2 = coroutine.wrap(function() coroutine.yield(1) end)
w2()
w2()
print(pcall(w2))
-- Resuming the running coroutine, a normal one, and the main thread.
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function()
    print("inner sees outer", coroutine.status(outer))
    print(coroutine.resume(outer))
    return "inner done"
  end)
  print(coroutine.resume(inner))
  print(coroutine.resume(coroutine.running()))
  return "outer done"
end)
print(coroutine.resume(outer))
print(coroutine.isyieldable(), coroutine.running())
print(pcall(coroutine.yield, 1))
print(select("#", coroutine.running()))
-- isyieldable and running inside.
local co8 = coroutine.create(function()
  print(coroutine.isyieldable(), coroutine.running() ~= nil, type(coroutine.running()))
end)
coroutine.resume(co8)
-- Many values through yield and resume.
local co9 = coroutine.create(function(...)
  local n = select("#", ...)
  local back = {coroutine.yield(n, ...)}
  return #back, unpack(back)
end)
print(coroutine.resume(co9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(coroutine.resume(co9, "a", "b", nil, "d"))
-- Deep recursion inside a coroutine, and coroutines resuming each other in a chain.
local depth = coroutine.wrap(function()
  local function rec(n) if n == 0 then return coroutine.yield("bottom") end return rec(n - 1) end
  return rec(1000)
end)
print(depth(), depth("up"))
local function chain(n)
  if n == 0 then return coroutine.wrap(function() coroutine.yield("leaf") return "leaf end" end) end
  local sub = chain(n - 1)
  return coroutine.wrap(function() coroutine.yield(sub()) return sub() end)
end
local c = chain(5)
print(c(), c())
-- Type errors of the library functions.
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.create, "f"))
print(pcall(coroutine.wrap, nil))
print(pcall(coroutine.status, {}))
