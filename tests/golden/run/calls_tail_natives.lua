-- Tail calls of natives from hot (compiled) functions: natives that set up frames of
-- their own (pcall, xpcall, coroutine functions, tostring with __tostring), plain ones,
-- and errors raised by them.
local Y = coroutine.yield
local function tp(f, ...) return pcall(f, ...) end
local function txp(f, h, ...) return xpcall(f, h, ...) end
local function tsel(...) return select("#", ...) end
local function tunp(t) return unpack(t) end
local function tstr(v) return tostring(v) end
local function tyield(...) return Y(...) end
local function tres(co, ...) return coroutine.resume(co, ...) end
local function terr(m) return error(m, 0) end
local function tnext(t, k) return next(t, k) end
local obj = setmetatable({}, { __tostring = function() return "OBJ" end })
local acc = {}
for i = 1, 120 do
  local a = { tp(function(x) return x * 2 end, i) }
  local b = { tp(terr, "e" .. i) }
  local c = { txp(function(x) error({ x }) end, function(e) return "h" .. e[1] end, i) }
  local d = tsel(i, nil, nil)
  local e = { tunp({ i, i + 1, nil, i + 3 }) }
  local f = tstr(obj) .. tstr(i)
  local co = coroutine.create(function(x)
    local y = tyield(x + 1)
    local z = { tp(function() return tyield(y * 2) end) }
    return "end", z[2]
  end)
  local r1 = { tres(co, i) }
  local r2 = { tres(co, 10) }
  local r3 = { tres(co, 7) }
  local r4 = { tres(co) }
  local k, v = tnext({ i })
  if i == 1 or i == 120 then
    print(a[1], a[2], b[1], b[2], c[1], c[2], d, #e, e[4], f)
    print(r1[2], r2[2], r3[1], r3[2], r3[3], r4[1], r4[2], k, v)
  end
  acc[#acc + 1] = a[2] + d
end
print(#acc, acc[1], acc[120])
-- Errors raised by tail-called natives name the function as LuaJIT does.
for i = 1, 60 do
  local ok, m = pcall(function() return tostring() end)
  local ok2, m2 = pcall(function() return setmetatable(1, nil) end)
  if i == 60 then print(ok, m, ok2, m2) end
end
