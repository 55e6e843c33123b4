-- Debug hooks run between instructions without disturbing multiple results that are
-- pending on the stack (CALLM, CALLMT, RETM, TSETM consume them).
local function three() return 1, 2, 3 end
local function count(...) return select('#', ...), ... end
local function tail(...) return count(...) end
local function closes(...)
  local x = 1
  local function g() return x end
  do local y = 2; local function k() return y end end
  return g(), three()
end

local function body(tag)
  print(tag, three())
  print(tag, count(three()))
  print(tag, select('#', three()))
  print(tag, count(1, 2))
  print(tag, tail(three()))
  print(tag, #{three()}, #{0, three()})
  print(tag, closes())
  print(tag, count(count(count())))
  local t = {three(), three()}
  print(tag, #t, t[1], t[2], t[4])
end

local events = 0
local function hook() events = events + 1 end
body("none")
for _, spec in ipairs{{"l"}, {"", 1}, {"", 3}, {"r"}, {"c"}, {"crl", 1}} do
  debug.sethook(hook, spec[1], spec[2])
  body(spec[1] .. (spec[2] or ""))
  debug.sethook()
end
print(events > 0)

-- A hook that itself calls functions with many results.
debug.sethook(function() local a, b, c = three(); local _ = {three()} end, "l")
print("busy", three())
print("busy", count(three()))
debug.sethook()

-- Hooked code that is hot (compiled before the hook was set).
local function hot(n) local s = 0 for i = 1, n do s = s + select('#', three()) end return s end
for _ = 1, 100 do hot(10) end
debug.sethook(hook, "", 1)
print("hot", hot(50), count(three()))
debug.sethook()
